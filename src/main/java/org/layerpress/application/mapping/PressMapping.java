package org.layerpress.application.mapping;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.press.PressProfile;

/** A press model's mapping file, loaded and checked: endpoint, namespace URI, press profile, signals. */
public record PressMapping(String source, EndpointSettings endpoint, String namespaceUri, PressProfile press, Map<StandardSignal, SignalSpec> signals) {

    public PressMapping {
        signals = Collections.unmodifiableMap(new EnumMap<>(signals));
    }

    public Optional<SignalSpec> signal(StandardSignal signal) {
        return Optional.ofNullable(signals.get(signal));
    }

    public SignalSpec require(StandardSignal signal) {
        SignalSpec spec = signals.get(signal);
        if (spec == null) {
            throw new IllegalArgumentException(source + ": signal '" + signal.key() + "' is not mapped");
        }
        return spec;
    }

    public Collection<SignalSpec> all() {
        return signals.values();
    }

    public PressMapping withEndpoint(EndpointSettings newEndpoint) {
        return new PressMapping(source, newEndpoint, namespaceUri, press, signals);
    }

    /** A copy with one signal replaced (benchmarks and tests vary sampling this way). */
    public PressMapping withSignal(SignalSpec spec) {
        Map<StandardSignal, SignalSpec> copy = new EnumMap<>(signals);
        copy.put(spec.signal(), spec);
        return new PressMapping(source, endpoint, namespaceUri, press, copy);
    }

    /** A copy that dials another URL (an embedded simulator on a free port). */
    public PressMapping withUrl(String url) {
        EndpointSettings e = endpoint;
        return withEndpoint(new EndpointSettings(url, e.securityPolicy(), e.securityMode(), e.identity(), e.trustDir()));
    }
}
