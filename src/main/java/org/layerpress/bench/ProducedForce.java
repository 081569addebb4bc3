package org.layerpress.bench;

import java.util.HashSet;
import java.util.Set;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.sim.PlcIo;
import org.layerpress.sim.PlcProgram;
import org.layerpress.sim.PlcState;
import org.layerpress.sim.SimulatedPressPlc;

/**
 * The simulator side of the sample count: wraps the real press PLC program and remembers every
 * distinct force value it writes while a press step runs (from the scan that accepts START to the
 * scan that raises STEP_DONE). The load cell's noise makes each scan's value distinct, as a real
 * ADC's last bits do, so "distinct values written" is "samples produced", and a recorded trace
 * point is matched to a produced sample by its exact value (no clocks to line up).
 *
 * <p>Scan thread writes; the bench reads after the step (the getters synchronise).
 */
final class ProducedForce implements PlcProgram {

    private final SimulatedPressPlc plc;
    private final Set<Long> values = new HashSet<>();
    private double last = Double.NaN;
    private double simulatedSeconds;
    private double wallSeconds;

    ProducedForce(SimulatedPressPlc plc) {
        this.plc = plc;
    }

    @Override
    public void scan(double dtSeconds, PlcIo io) {
        scan(dtSeconds, dtSeconds, io);
    }

    @Override
    public void scan(double dtSeconds, double wallSecondsSinceLast, PlcIo io) {
        PlcState before = plc.state();
        plc.scan(dtSeconds, wallSecondsSinceLast, new Counting(io, before));
        PlcState after = plc.state();
        if (counts(before, after)) {
            synchronized (this) {
                simulatedSeconds += dtSeconds;
                wallSeconds += wallSecondsSinceLast;
            }
        }
    }

    /** Pressing (ramp or hold), including the scan that starts it and the scan that ends the hold. */
    private static boolean counts(PlcState before, PlcState after) {
        return after == PlcState.RAMPING || after == PlcState.HOLDING || (after == PlcState.DONE && before == PlcState.HOLDING);
    }

    synchronized int produced() {
        return values.size();
    }

    synchronized boolean wasProduced(double force) {
        return values.contains(Double.doubleToLongBits(force));
    }

    /** Simulated seconds the counted step lasted on the PLC. */
    synchronized double simulatedSeconds() {
        return simulatedSeconds;
    }

    synchronized double wallSeconds() {
        return wallSeconds;
    }

    /** The PLC's outputs as the real program writes them; FORCE is also remembered while pressing. */
    private final class Counting implements PlcIo {
        private final PlcIo io;
        private final PlcState before;

        Counting(PlcIo io, PlcState before) {
            this.io = io;
            this.before = before;
        }

        @Override
        public double get(StandardSignal signal) {
            return io.get(signal);
        }

        @Override
        public void set(StandardSignal signal, double value) {
            // The program writes its outputs after moving the state: plc.state() here is this scan's.
            if (signal == StandardSignal.FORCE && counts(before, plc.state()) && Double.compare(value, last) != 0) {
                synchronized (ProducedForce.this) {
                    values.add(Double.doubleToLongBits(value));
                }
            }
            if (signal == StandardSignal.FORCE) {
                last = value;
            }
            io.set(signal, value);
        }

        @Override
        public boolean has(StandardSignal signal) {
            return io.has(signal);
        }

        @Override
        public boolean takeCommand(StandardSignal command) {
            return io.takeCommand(command);
        }
    }
}
