package org.layerpress.sim;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.BiConsumer;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.StandardSignal;

/**
 * The simulated PLC's memory, in engineering units. It outlives the OPC UA server (a PLC keeps
 * scanning when its network drops), and the namespace mirrors it onto nodes while one is up.
 */
public final class ProcessImage implements PlcIo {

    private final Set<StandardSignal> mapped;
    private final AtomicLongArray values = new AtomicLongArray(StandardSignal.values().length);
    private final Set<StandardSignal> pendingCommands = ConcurrentHashMap.newKeySet();
    private volatile BiConsumer<StandardSignal, Double> outputListener = (s, v) -> { };

    public ProcessImage(PressMapping mapping) {
        EnumSet<StandardSignal> set = EnumSet.noneOf(StandardSignal.class);
        set.addAll(mapping.signals().keySet());
        this.mapped = set;
    }

    @Override
    public double get(StandardSignal signal) {
        return Double.longBitsToDouble(values.get(signal.ordinal()));
    }

    @Override
    public void set(StandardSignal signal, double engineeringValue) {
        if (!mapped.contains(signal)) {
            return;
        }
        long bits = Double.doubleToLongBits(engineeringValue);
        if (values.getAndSet(signal.ordinal(), bits) != bits) {
            outputListener.accept(signal, engineeringValue);
        }
    }

    @Override
    public boolean has(StandardSignal signal) {
        return mapped.contains(signal);
    }

    @Override
    public boolean takeCommand(StandardSignal command) {
        return pendingCommands.remove(command);
    }

    /** A client wrote a setpoint (already scaled to engineering units). */
    void acceptClientWrite(StandardSignal signal, double engineeringValue) {
        values.set(signal.ordinal(), Double.doubleToLongBits(engineeringValue));
    }

    /** A client fired a command: a rising edge on its Boolean node, or a method call. */
    void acceptCommand(StandardSignal command) {
        pendingCommands.add(command);
    }

    /** Called with every PLC output change, from the scan thread. */
    void onOutputChange(BiConsumer<StandardSignal, Double> listener) {
        this.outputListener = listener;
    }
}
