package org.layerpress.application.mapping;

import java.util.Optional;
import org.layerpress.application.press.StandardSignal;

/**
 * One logical signal bound to a PLC node. A command is either a Boolean node the HMI pulses, or
 * an OPC UA method ({@code methodObject} + {@code node} naming the method).
 *
 * @param line the line in the mapping file, so later errors can still point at it
 */
public record SignalSpec(
        StandardSignal signal,
        NodeRef node,
        OpcType type,
        Access access,
        String unit,
        Optional<Scaling> scaling,
        int samplingMillis,
        Optional<NodeRef> methodObject,
        int line) {

    public boolean isMethod() {
        return methodObject.isPresent();
    }

    public double toEngineering(double raw) {
        return scaling.map(s -> s.toEngineering(raw)).orElse(raw);
    }

    public double toRaw(double engineering) {
        return scaling.map(s -> s.toRaw(engineering)).orElse(engineering);
    }

    /** Whether a received raw value may be taken as a measurement (inside the scale's valid raw range). */
    public boolean validRaw(double raw) {
        return scaling.map(s -> s.validRaw(raw)).orElse(true);
    }

    public SignalSpec withSamplingMillis(int millis) {
        return new SignalSpec(signal, node, type, access, unit, scaling, millis, methodObject, line);
    }
}
