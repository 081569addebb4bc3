package org.layerpress.bench;

import java.util.ArrayList;
import java.util.List;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.sim.PlcIo;
import org.layerpress.sim.PlcProgram;
import org.layerpress.sim.PlcState;
import org.layerpress.sim.SimulatedPressPlc;
import org.layerpress.store.TraceChunkCodec;

/**
 * The simulator side of the sample count: wraps the real press PLC program and remembers every
 * distinct force value it writes while a press step runs (from the scan that accepts START to the
 * scan that raises STEP_DONE), in order, compared at the resolution the batch store keeps (0.001 kN,
 * {@code TraceChunkCodec}). A recorded trace is an in-order subsequence of that sequence, so it is
 * matched greedily in order (no clocks to line up). Both sequences drop a value equal to the one
 * before it: a position sample repeats the last force in the trace, and the load cell's ±0.01 kN
 * noise only rarely repeats a value at 0.001 kN, so both sides lose the same few percent. When the
 * record comes from the PLC's Float trace array, the produced values are taken as that float first,
 * so both sides round the same number.
 *
 * <p>Scan thread writes; the bench reads after the step (the getters synchronise).
 */
final class ProducedForce implements PlcProgram {

    private final SimulatedPressPlc plc;
    private final List<Long> sequence = new ArrayList<>();
    private final boolean asFloat;
    private double last = Double.NaN;
    private double simulatedSeconds;
    private double wallSeconds;

    /** @param asFloat the record's forces went through a Float array (the PLC's trace block) */
    ProducedForce(SimulatedPressPlc plc, boolean asFloat) {
        this.plc = plc;
        this.asFloat = asFloat;
    }

    /** A produced force as the record can hold it, in store units. */
    private long key(double kiloNewtons) {
        return units(asFloat ? (double) (float) kiloNewtons : kiloNewtons);
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
        return sequence.size();
    }

    /** How many of the recorded forces (in recording order) match produced values in production order. */
    synchronized int matchedInOrder(List<Double> recordedForces) {
        int matched = 0;
        int at = 0;
        long previous = Long.MIN_VALUE;
        for (double force : recordedForces) {
            long units = units(force);
            if (units == previous) {
                continue;
            }
            previous = units;
            int found = sequence.subList(at, sequence.size()).indexOf(units);
            if (found >= 0) {
                matched++;
                at += found + 1;
            }
        }
        return matched;
    }

    static long units(double kiloNewtons) {
        return Math.round(kiloNewtons * TraceChunkCodec.FORCE_UNITS_PER_KILONEWTON);
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
            if (signal == StandardSignal.FORCE && counts(before, plc.state()) && key(value) != key(last)) {
                synchronized (ProducedForce.this) {
                    sequence.add(key(value));
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
