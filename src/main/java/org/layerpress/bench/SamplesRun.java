package org.layerpress.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.OpcType;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.sim.SimulatedPressPlc;

/**
 * Samples produced by the PLC against samples the sequencer recorded, for one long PRESS step run
 * through the real sequencer, simulator, Milo adapter and H2 file, by either path the contract
 * allows: the PLC's buffered trace ({@code forceTrace}, read block by block) or, without one, the
 * sampled force and position.
 *
 * <p>The PLC scans every {@code 10 / speed} ms of wall-clock time, i.e. at 100 Hz of simulated
 * time, and each scan writes a new force value and one trace sample; the mapping's
 * {@code forceTrace.periodMs} is set to that scan period. At {@code speed} × the HMI's sampling
 * interval is divided by {@code speed} as well, so it asks for as many samples per simulated second
 * as the shipped mapping does in real time; the wall-clock rates then are {@code speed} times those
 * of a real press. Besides the ratio it prints what the record declares lost (TRACE_GAP events and
 * their samples), so a loss the record does not own up to shows as {@code undeclared}.
 */
final class SamplesRun {

    static final int PRODUCED_HZ = 100;
    private static final int PRESS_STEP = 2;

    private final Figures out;
    private final BenchStation station;
    private final Path dir;

    SamplesRun(Figures out, BenchStation station, Path dir) {
        this.out = out;
        this.dir = dir;
        this.station = station;
    }

    /** Scan period in wall-clock ms for 100 Hz of simulated time at {@code speed} ×. */
    static int scanMillis(int speed) {
        return 1000 / PRODUCED_HZ / speed;
    }

    /**
     * The 1x sampling interval scaled to the speed, never below half a scan: the simulator's nodes
     * advertise half the scan period as their MinimumSamplingInterval, so a faster request is revised up.
     */
    static int samplingMillis(int millisAt1x, int speed) {
        return Math.max(minimumSampling(speed), (int) Math.round((double) millisAt1x / speed));
    }

    private static int minimumSampling(int speed) {
        return Math.max(1, scanMillis(speed) / 2);
    }

    /** @param bufferedTrace the PLC's trace block (the product's path); false: the sampled force and position (the fallback) */
    void run(String prefix, int speed, Duration press, int samplingAt1x, boolean bufferedTrace) throws Exception {
        int scan = scanMillis(speed);
        int sampling = samplingMillis(samplingAt1x, speed);
        if (sampling * speed > samplingAt1x) {
            // The simulator's nodes advertise MinimumSamplingInterval = half its scan; the server would revise a faster request up.
            out.note(prefix + ": " + samplingAt1x + " ms at 1x is faster than half the PLC scan (" + scan + " ms wall):"
                    + " sampling at " + sampling + " ms wall");
        }
        PressMapping bundled = MappingLoader.loadBundled("simulator.yaml");
        SimulatedPressPlc plc = new SimulatedPressPlc(bundled.press());
        boolean floatTrace = bufferedTrace && bundled.forceTrace().map(t -> t.force().type() == OpcType.FLOAT).orElse(false);
        ProducedForce produced = new ProducedForce(plc, floatTrace);
        try (BenchPress rig = new BenchPress(dir.resolve(prefix), produced, scan, speed, sampling, bufferedTrace)) {
            BatchSequencer sequencer = rig.sequencer(station);
            BatchWatch watch = new BatchWatch(sequencer);
            long recipe = station.longPressRecipe("Bench long press " + prefix + " x" + speed, rig.mapping.press(), press);
            Session operator = station.operator();
            String batchId = sequencer.start(operator, new StartBatchCommand(recipe, BenchStation.DIE.id())).batchId();
            sequencer.loadLayer(operator, 60.0, "LOT-BENCH", Optional.empty());
            BatchWatch.awaitStartAllowed(sequencer, Duration.ofSeconds(60));
            long started = System.nanoTime();
            sequencer.startPress(operator);
            // The ramp (~1 s) and the hold, in wall time, plus room for a slow machine.
            Duration wallBudget = press.plusSeconds(5).dividedBy(speed).multipliedBy(3).plusSeconds(60);
            BatchRun after = watch.awaitStepEnded(batchId, PRESS_STEP, wallBudget);
            double wall = (System.nanoTime() - started) / 1e9;
            List<TracePoint> trace = sequencer.trace(batchId, PRESS_STEP);
            BatchRun record = sequencer.batch(batchId);
            sequencer.abort(operator, "benchmark finished");
            report(prefix, speed, sampling, produced, trace, wall, after.step(PRESS_STEP).state().name());
            declared(prefix, produced, trace, record, bufferedTrace, scan);
        }
    }

    /** What the record owns up to: its gaps and the samples they lost, against what is missing. */
    private void declared(String prefix, ProducedForce produced, List<TracePoint> trace, BatchRun record, boolean bufferedTrace, int scan) {
        long missing = produced.produced() - produced.matchedInOrder(trace.stream().map(TracePoint::forceKiloNewtons).toList());
        out.line(prefix + ".gaps", record.traceGaps(), "TRACE_GAP events the record declares");
        out.line(prefix + ".declared_lost", record.traceSamplesLost(), "samples the record declares lost"
                + (record.traceGapsOfUnknownLength() > 0 ? ", plus " + record.traceGapsOfUnknownLength() + " gap(s) of unknown length" : ""));
        out.line(prefix + ".undeclared_lost", missing - record.traceSamplesLost(), "samples (produced - recorded - declared lost)");
        out.note(prefix + ": " + (bufferedTrace ? "buffered trace (forceTrace.periodMs = " + scan + " ms, the simulator's scan)"
                : "per-sample path (mapping without forceTrace): a sample the sampler missed is lost without a trace in the record"));
    }

    private void report(String prefix, int speed, int sampling, ProducedForce produced, List<TracePoint> trace, double wall, String outcome) {
        // A trace point is written for every force and every position sample; a position sample
        // repeats the last force, which the in-order match skips, so it counts force samples only.
        long made = produced.produced();
        long recorded = produced.matchedInOrder(trace.stream().map(TracePoint::forceKiloNewtons).toList());
        double simSeconds = produced.simulatedSeconds();
        double plcWall = produced.wallSeconds();
        out.line(prefix + ".speed", speed, "x (simulated seconds per wall-clock second)");
        out.line(prefix + ".press_simulated", simSeconds, "s (ramp + hold on the PLC)");
        out.line(prefix + ".press_wall", plcWall, "s");
        out.line(prefix + ".sampling", sampling, "ms (force and position, wall clock: run.sampling / speed)");
        out.line(prefix + ".produced", made, "samples");
        out.line(prefix + ".recorded", recorded, "samples");
        out.line(prefix + ".ratio", made == 0 ? Double.NaN : (double) recorded / made, "x (recorded / produced)");
        out.line(prefix + ".produced_rate", made / simSeconds, "Hz of simulated time");
        out.line(prefix + ".recorded_rate", recorded / simSeconds, "Hz of simulated time");
        out.line(prefix + ".produced_rate_wall", made / plcWall, "Hz");
        out.line(prefix + ".recorded_rate_wall", recorded / plcWall, "Hz");
        out.line(prefix + ".trace_points", trace.size(), "points in H2 (force and position samples)");
        double asked = 1000.0 / sampling;
        double followed = recorded / plcWall / Math.min(asked, made / plcWall);
        out.note(String.format(java.util.Locale.ROOT, "%s: press step ended %s after %.1f s wall; sampling asked for %.0f Hz wall, "
                + "recorded %.0f%% of that", prefix, outcome, wall, asked, 100 * followed));
        if (followed < 0.9 && speed > 1) {
            out.note(prefix + ": OPC UA sampling did NOT keep up with the " + speed + "x wall-clock rate;"
                    + " this ratio shows the link's limit under acceleration, the 1x run shows the product's");
        } else if (followed < 0.9) {
            out.note(prefix + ": the server's sampler delivered under 90% of the samples the HMI asked for (see run.load_average)");
        }
    }
}
