package org.layerpress.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.batch.VesselSteps;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.batch.VesselPoint;
import org.layerpress.sim.IsostaticVesselPlc;

/**
 * The isostatic vessel's figures for {@code bench run}: CIP batches (Prepare, LOAD_VESSEL, PRESSURISE,
 * DEPRESSURISE, Inspect) on the simulated CIP ({@code plc-mapping/isostatic-cip.yaml}) at 1x, through
 * the real sequencer, Milo adapter and H2 file. Measured: the vessel samples recorded per PRESSURISE;
 * how long after the hold's due end the PLC reports venting (the hold is timed by the HMI, which
 * then writes the vent: the step-to-step latency a vessel batch has); from the PLC reporting vented to
 * the DEPRESSURISE step ending in the record; and the durable commit of one flush of vessel samples,
 * as the recorder writes it.
 */
final class VesselRun {

    static final double MEGAPASCALS = 10;
    private static final Duration HOLD = Duration.ofSeconds(1);
    private static final int PRESSURISE = 3;
    private static final int VENT = 4;
    private static final int COMMITS = 50;

    private final Figures out;
    private final BenchStation station;
    private final Path dir;

    VesselRun(Figures out, BenchStation station, Path dir) {
        this.out = out;
        this.station = station;
        this.dir = dir;
    }

    void run(int batches) throws Exception {
        PressMapping cip = MappingLoader.loadBundled("isostatic-cip.yaml");
        List<Double> holdToVent = new ArrayList<>();
        List<Double> ventedToStep = new ArrayList<>();
        List<Integer> samples = new ArrayList<>();
        String lastBatch;
        try (BenchPress rig = new BenchPress(dir.resolve("vessel"), cip, new IsostaticVesselPlc(IsostaticVesselPlc.Settings.of(cip)), 10, 1)) {
            BatchSequencer seq = rig.sequencer(station);
            // Before the watch: listeners run in order, so the end is noted before the watch wakes the bench.
            StepEnds ends = new StepEnds(seq);
            BatchWatch watch = new BatchWatch(seq);
            long recipe = station.vesselRecipe("Bench CIP", rig.mapping.press(), MEGAPASCALS, HOLD);
            double band = Math.max(1, MEGAPASCALS / 4);
            Session s = station.operator();
            Duration budget = Duration.ofSeconds(60);
            lastBatch = null;
            for (int b = 0; b < batches; b++) {
                String id = seq.start(s, StartBatchCommand.withoutDie(recipe)).batchId();
                seq.confirmCheck(s);
                seq.confirmCheck(s);
                awaitPressuriseAllowed(seq.vessel(), budget);
                Signals seen = new Signals(MEGAPASCALS - band);
                rig.port.addSampleListener(seen::add);
                seq.vessel().pressurise(s);
                watch.awaitStepEnded(id, PRESSURISE, budget);
                watch.awaitStepEnded(id, VENT, budget);
                long ventEnded = ends.endedNanos(id, VENT);
                seq.inspect(s, Map.of("Bag intact", true));
                if (seen.holdStart != 0 && seen.venting != 0) {
                    holdToVent.add((seen.venting - seen.holdStart - HOLD.toNanos()) / 1e6);
                }
                if (ventEnded != 0 && seen.vented != 0) {
                    ventedToStep.add((ventEnded - seen.vented) / 1e6);
                }
                samples.add(seq.vessel().trace(id, PRESSURISE).size());
                seen.stop();
                lastBatch = id;
            }
            out.line("vessel.batches", batches, "CIP batches at " + (int) MEGAPASCALS + " MPa, 5 MPa/s, hold " + HOLD.toSeconds() + " s, on the simulated CIP at 1x");
            out.line("vessel.pressurise_samples", samples.stream().mapToInt(Integer::intValue).average().orElse(0),
                    "vessel pressure samples recorded per PRESSURISE (mean; sampled every "
                            + rig.mapping.require(StandardSignal.VESSEL_PRESSURE).samplingMillis() + " ms)");
            out.percentiles("vessel.hold_to_vent", new Percentiles(array(holdToVent)),
                    "ms (the hold's due end by the HMI's clock → the PLC's DEPRESSURISING seen by the HMI)");
            out.percentiles("vessel.vented_to_step_end", new Percentiles(array(ventedToStep)),
                    "ms (pressureReleased = 1 received → the DEPRESSURISE step ended in the record)");
            List<VesselPoint> trace = seq.vessel().trace(lastBatch, PRESSURISE);
            int perFlush = (int) (BatchSequencer.FLUSH_PERIOD.toMillis() / rig.mapping.require(StandardSignal.VESSEL_PRESSURE).samplingMillis());
            sampleCommits(lastBatch, trace, perFlush);
        }
    }

    /**
     * One flush of vessel samples committed as the recorder commits it (one transaction, the batch's
     * seal renewed, fsynced), {@value #COMMITS} times, with the recorded samples of the last batch
     * cut into flush-sized pieces. Appended to that bench batch in the temp folder.
     */
    private void sampleCommits(String batchId, List<VesselPoint> trace, int perFlush) {
        if (trace.isEmpty()) {
            out.note("vessel.sample_commit skipped: no vessel samples were recorded");
            return;
        }
        double[] millis = new double[COMMITS];
        for (int i = 0; i < COMMITS; i++) {
            int from = (i * perFlush) % trace.size();
            List<VesselPoint> piece = trace.subList(from, Math.min(trace.size(), from + perFlush));
            long start = System.nanoTime();
            station.tx.inTransaction(() -> {
                station.stores.batches().appendTrace(batchId, List.of());
                station.stores.batches().appendVesselTrace(batchId, piece);
                return null;
            });
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        out.line("vessel.sample_commit_rows", perFlush, "vessel samples per commit (one " + BatchSequencer.FLUSH_PERIOD.toMillis() + " ms flush)");
        out.percentiles("vessel.sample_commit", new Percentiles(millis), "ms (durable commit of one flush of vessel samples)");
    }

    private static void awaitPressuriseAllowed(VesselSteps vessel, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!vessel.blockers().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("bench: Pressurise still blocked: " + String.join(", ", vessel.blockers()));
            }
            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
        }
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** When the HMI received the first sample in the band, the PLC's DEPRESSURISING and its vented, for one batch. */
    private static final class Signals {
        private final double bandBottom;
        private volatile boolean on = true;
        volatile long holdStart;
        volatile long venting;
        volatile long vented;

        Signals(double bandBottom) {
            this.bandBottom = bandBottom;
        }

        void add(PressSample s) {
            if (!on || !s.good()) {
                return;
            }
            if (s.signal() == StandardSignal.VESSEL_PRESSURE && holdStart == 0 && s.value() >= bandBottom) {
                holdStart = s.receivedNanos();
            } else if (s.signal() == StandardSignal.PRESS_STATE && venting == 0 && holdStart != 0 && (int) s.value() == 5) {
                venting = s.receivedNanos();
            } else if (s.signal() == StandardSignal.PRESSURE_RELEASED && vented == 0 && venting != 0 && s.value() == 1) {
                vented = s.receivedNanos();
            }
        }

        /** The port keeps its listeners; a finished batch's stops counting. */
        void stop() {
            on = false;
        }
    }

    /** When the sequencer reported each step of a batch ended, by the listener's clock. */
    private static final class StepEnds {
        private final Map<String, Long> ended = new java.util.concurrent.ConcurrentHashMap<>();

        StepEnds(BatchSequencer seq) {
            seq.addListener(run -> {
                for (int step : new int[] {PRESSURISE, VENT}) {
                    StepState state = run.step(step).state();
                    if (state != StepState.ACTIVE && state != StepState.PENDING) {
                        ended.putIfAbsent(run.batchId() + "/" + step, System.nanoTime());
                    }
                }
            });
        }

        long endedNanos(String batchId, int step) {
            return ended.getOrDefault(batchId + "/" + step, 0L);
        }
    }
}
