package org.layerpress.application.mapping;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.layerpress.application.press.FaultResetBy;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.units.Temperature;

/**
 * A press model's mapping file, loaded and checked: endpoint, namespace URI, press profile, signals,
 * and the parts of the PLC contract (docs/plc-interface.md) a mapping may set.
 *
 * @param faultTexts the mapping's own words for fault codes (contract codes it overrides, vendor codes ≥ 100)
 * @param faultResetBy who may reset a latched PLC fault from the HMI
 * @param forceTrace the PLC's buffered trace, when it has one
 * @param plcAliveTimeoutMillis how long {@code plcAlive} may stay unchanged before the PLC counts as silent
 * @param platenMaxTemperature {@code platens.maxTemperature}: the hottest a heated recipe may ask the platens to be
 * @param manualPump on a manual pump press, its transducer and how it becomes force
 * @param vessel on an isostatic press, the vessel's rating, pump rate and (WIP) hottest temperature
 * @param gauge on a manual pump press with a gauge only, what its dial reads and how that becomes force
 */
public record PressMapping(String source, EndpointSettings endpoint, String namespaceUri, PressProfile press,
                           Map<StandardSignal, SignalSpec> signals, SortedMap<Integer, String> faultTexts,
                           FaultResetBy faultResetBy, Optional<TraceBlockSpec> forceTrace, int plcAliveTimeoutMillis,
                           Optional<Temperature> platenMaxTemperature, Optional<ManualPumpSpec> manualPump,
                           Optional<VesselSpec> vessel, Optional<GaugeSpec> gauge) {

    /** The contract's default for {@code plcAlive.timeoutMs}. */
    public static final int DEFAULT_PLC_ALIVE_TIMEOUT_MILLIS = 500;

    public PressMapping {
        signals = Collections.unmodifiableMap(new EnumMap<>(signals));
        faultTexts = Collections.unmodifiableSortedMap(new TreeMap<>(faultTexts));
        Objects.requireNonNull(platenMaxTemperature, "platenMaxTemperature");
        Objects.requireNonNull(manualPump, "manualPump");
        Objects.requireNonNull(vessel, "vessel");
        Objects.requireNonNull(gauge, "gauge");
    }

    /** A mapping of a press without a gauge read by hand. */
    public PressMapping(String source, EndpointSettings endpoint, String namespaceUri, PressProfile press, Map<StandardSignal, SignalSpec> signals,
                        SortedMap<Integer, String> faultTexts, FaultResetBy faultResetBy, Optional<TraceBlockSpec> forceTrace, int plcAliveTimeoutMillis,
                        Optional<Temperature> platenMaxTemperature, Optional<ManualPumpSpec> manualPump, Optional<VesselSpec> vessel) {
        this(source, endpoint, namespaceUri, press, signals, faultTexts, faultResetBy, forceTrace, plcAliveTimeoutMillis, platenMaxTemperature, manualPump,
                vessel, Optional.empty());
    }

    /** A mapping of a press without an isostatic vessel. */
    public PressMapping(String source, EndpointSettings endpoint, String namespaceUri, PressProfile press, Map<StandardSignal, SignalSpec> signals,
                        SortedMap<Integer, String> faultTexts, FaultResetBy faultResetBy, Optional<TraceBlockSpec> forceTrace, int plcAliveTimeoutMillis,
                        Optional<Temperature> platenMaxTemperature, Optional<ManualPumpSpec> manualPump) {
        this(source, endpoint, namespaceUri, press, signals, faultTexts, faultResetBy, forceTrace, plcAliveTimeoutMillis, platenMaxTemperature, manualPump,
                Optional.empty());
    }

    /** A mapping of a press without a hand pump. */
    public PressMapping(String source, EndpointSettings endpoint, String namespaceUri, PressProfile press, Map<StandardSignal, SignalSpec> signals,
                        SortedMap<Integer, String> faultTexts, FaultResetBy faultResetBy, Optional<TraceBlockSpec> forceTrace, int plcAliveTimeoutMillis,
                        Optional<Temperature> platenMaxTemperature) {
        this(source, endpoint, namespaceUri, press, signals, faultTexts, faultResetBy, forceTrace, plcAliveTimeoutMillis, platenMaxTemperature, Optional.empty());
    }

    /** A mapping without a platen limit. */
    public PressMapping(String source, EndpointSettings endpoint, String namespaceUri, PressProfile press, Map<StandardSignal, SignalSpec> signals,
                        SortedMap<Integer, String> faultTexts, FaultResetBy faultResetBy, Optional<TraceBlockSpec> forceTrace, int plcAliveTimeoutMillis) {
        this(source, endpoint, namespaceUri, press, signals, faultTexts, faultResetBy, forceTrace, plcAliveTimeoutMillis, Optional.empty());
    }

    /** A mapping without the contract's optional parts (defaults everywhere). */
    public PressMapping(String source, EndpointSettings endpoint, String namespaceUri, PressProfile press, Map<StandardSignal, SignalSpec> signals) {
        this(source, endpoint, namespaceUri, press, signals, new TreeMap<>(), FaultResetBy.SUPERVISOR, Optional.empty(),
                DEFAULT_PLC_ALIVE_TIMEOUT_MILLIS);
    }

    public Optional<SignalSpec> signal(StandardSignal signal) {
        return Optional.ofNullable(signals.get(signal));
    }

    public boolean has(StandardSignal signal) {
        return signals.containsKey(signal);
    }

    /**
     * Whether samples of this signal arrive: mapped, or the force a manual press computes from its
     * oil pressure transducer.
     */
    public boolean delivers(StandardSignal signal) {
        return has(signal) || signal == StandardSignal.FORCE && manualPump.map(ManualPumpSpec::fromOilPressure).orElse(false);
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
        return new PressMapping(source, newEndpoint, namespaceUri, press, signals, faultTexts, faultResetBy, forceTrace, plcAliveTimeoutMillis, platenMaxTemperature, manualPump, vessel, gauge);
    }

    /** A copy with one signal replaced (benchmarks and tests vary sampling this way). */
    public PressMapping withSignal(SignalSpec spec) {
        Map<StandardSignal, SignalSpec> copy = new EnumMap<>(signals);
        copy.put(spec.signal(), spec);
        return new PressMapping(source, endpoint, namespaceUri, press, copy, faultTexts, faultResetBy, forceTrace, plcAliveTimeoutMillis, platenMaxTemperature, manualPump, vessel, gauge);
    }

    /** A copy without one (optional) signal, e.g. a PLC without {@code plcAlive}. */
    public PressMapping withoutSignal(StandardSignal signal) {
        if (signal.required()) {
            throw new IllegalArgumentException("signal '" + signal.key() + "' is required");
        }
        Map<StandardSignal, SignalSpec> copy = new EnumMap<>(signals);
        copy.remove(signal);
        return new PressMapping(source, endpoint, namespaceUri, press, copy, faultTexts, faultResetBy, forceTrace, plcAliveTimeoutMillis, platenMaxTemperature, manualPump, vessel, gauge);
    }

    /** A copy with another trace block (or none). */
    public PressMapping withForceTrace(Optional<TraceBlockSpec> trace) {
        return new PressMapping(source, endpoint, namespaceUri, press, signals, faultTexts, faultResetBy, trace, plcAliveTimeoutMillis, platenMaxTemperature, manualPump, vessel, gauge);
    }

    /** A copy with another {@code plcAlive.timeoutMs}. */
    public PressMapping withPlcAliveTimeoutMillis(int millis) {
        return new PressMapping(source, endpoint, namespaceUri, press, signals, faultTexts, faultResetBy, forceTrace, millis, platenMaxTemperature, manualPump, vessel, gauge);
    }

    /** A copy with another press profile and platen limit (a test station on another kind of press). */
    public PressMapping withPress(PressProfile newPress, Optional<Temperature> newPlatenLimit) {
        return new PressMapping(source, endpoint, namespaceUri, newPress, signals, faultTexts, faultResetBy, forceTrace, plcAliveTimeoutMillis, newPlatenLimit, manualPump, vessel, gauge);
    }

    /** A copy that dials another URL (an embedded simulator on a free port). */
    public PressMapping withUrl(String url) {
        EndpointSettings e = endpoint;
        return withEndpoint(new EndpointSettings(url, e.securityPolicy(), e.securityMode(), e.identity(), e.trustDir()));
    }
}
