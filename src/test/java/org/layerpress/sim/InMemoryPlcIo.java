package org.layerpress.sim;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.layerpress.application.press.StandardSignal;

/** A process image in memory: what the Milo namespace would hold, without OPC UA. */
final class InMemoryPlcIo implements PlcIo {

    private final Set<StandardSignal> present;
    private final Map<StandardSignal, Double> values = new EnumMap<>(StandardSignal.class);
    private final Set<StandardSignal> pendingCommands = EnumSet.noneOf(StandardSignal.class);

    /** Every standard signal mapped. */
    InMemoryPlcIo() {
        this(EnumSet.allOf(StandardSignal.class));
    }

    private InMemoryPlcIo(Set<StandardSignal> present) {
        this.present = present;
    }

    /** A mapping without the given (optional) signals. */
    static InMemoryPlcIo without(StandardSignal... missing) {
        Set<StandardSignal> present = EnumSet.allOf(StandardSignal.class);
        for (StandardSignal s : missing) {
            present.remove(s);
        }
        return new InMemoryPlcIo(present);
    }

    /** What the HMI writes to a setpoint. */
    void write(StandardSignal signal, double value) {
        if (present.contains(signal)) {
            values.put(signal, value);
        }
    }

    /** What the HMI does to a command node. */
    void fire(StandardSignal command) {
        pendingCommands.add(command);
    }

    boolean written(StandardSignal signal) {
        return values.containsKey(signal);
    }

    @Override
    public double get(StandardSignal signal) {
        return values.getOrDefault(signal, 0.0);
    }

    @Override
    public void set(StandardSignal signal, double engineeringValue) {
        if (present.contains(signal)) {
            values.put(signal, engineeringValue);
        }
    }

    @Override
    public boolean has(StandardSignal signal) {
        return present.contains(signal);
    }

    @Override
    public boolean takeCommand(StandardSignal command) {
        return pendingCommands.remove(command);
    }
}
