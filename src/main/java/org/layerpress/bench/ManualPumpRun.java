package org.layerpress.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.application.batch.ManualProgress;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.users.Session;
import org.layerpress.domain.units.Pressure;
import org.layerpress.sim.ManualPumpPress;

/**
 * The manual pump press's figure for {@code bench run}: how soon the HMI starts timing the hold after
 * the stroke that brings the transducer into the recipe's band, on the simulated hand pump
 * ({@code plc-mapping/manual-pump.yaml}) at 1x through the real sequencer, Milo adapter and H2 file.
 * The bench is the operator's arm: strokes on the simulator's training node, seven of 5 bar each on
 * the 52 mm ram (94.7 MPa in the 10 mm die, inside the bench recipe's 100 ± 10 MPa).
 */
final class ManualPumpRun {

    private static final int STROKES_INTO_BAND = 7;
    private static final Duration HOLD = Duration.ofSeconds(1);
    private static final int PRESS = 2;
    private static final int RELEASE = 3;

    private final Figures out;
    private final BenchStation station;
    private final Path dir;

    ManualPumpRun(Figures out, BenchStation station, Path dir) {
        this.out = out;
        this.station = station;
        this.dir = dir;
    }

    void run(int batches) throws Exception {
        PressMapping manual = MappingLoader.loadBundled("manual-pump.yaml");
        ManualPumpPress pump = new ManualPumpPress(ManualPumpPress.Settings.of(manual));
        double[] fromSample = new double[batches];
        double[] fromStroke = new double[batches];
        try (BenchPress rig = new BenchPress(dir.resolve("manual"), manual, pump, 10, 1)) {
            BatchSequencer seq = rig.sequencer(station);
            BatchWatch watch = new BatchWatch(seq);
            // The recipe is written for the automatic press; a manual press runs it by hand.
            long recipe = station.longPressRecipe("Bench manual", MappingLoader.loadBundled("simulator.yaml").press(), HOLD);
            Session s = station.operator();
            Duration budget = Duration.ofSeconds(60);
            for (int b = 0; b < batches; b++) {
                String id = seq.start(s, new StartBatchCommand(recipe, BenchStation.DIE.id())).batchId();
                seq.loadLayer(s, 60.4, "LOT-M" + b, Optional.empty());
                BatchWatch.awaitStartAllowed(seq, budget);
                seq.startPress(s);
                double lower = seq.manualProgress().map(ManualProgress::lowerMegaPascals).orElseThrow();
                for (int i = 1; i < STROKES_INTO_BAND; i++) {
                    stroke(rig, pump, budget);
                }
                InBand seen = new InBand(lower, manual.manualPump().orElseThrow().kiloNewtonsPerUnit());
                rig.port.addSampleListener(seen::add);
                long stroke = System.nanoTime();
                stroke(rig, pump, budget);
                long holding = awaitHolding(seq, budget);
                seen.stop();
                fromStroke[b] = (holding - stroke) / 1e6;
                fromSample[b] = seen.at == 0 ? Double.NaN : (holding - seen.at) / 1e6;
                watch.awaitStepEnded(id, PRESS, budget);
                rig.port.command(StandardSignal.OPEN_RELEASE_VALVE);
                awaitUnloaded(rig, budget);
                seq.release(s);
                watch.awaitStepEnded(id, RELEASE, budget);
                seq.eject(s);
            }
        }
        out.line("manual.batches", batches, "batches pumped by hand on the simulated manual pump press at 1x (" + STROKES_INTO_BAND + " strokes into 100 ± 10 MPa)");
        out.percentiles("manual.band_detect", new Percentiles(fromSample),
                "ms (the first in-band transducer sample received → the HMI timing the hold)");
        out.percentiles("manual.stroke_to_hold", new Percentiles(fromStroke),
                "ms (the stroke into the band written → the HMI timing the hold: PLC scan, sampling, detection)");
    }

    /** One rising edge on the pump's training node, waited for as the simulator's stroke count. */
    private static void stroke(BenchPress rig, ManualPumpPress pump, Duration timeout) throws Exception {
        long expected = pump.strokes() + 1;
        rig.port.command(StandardSignal.PUMP_STROKE);
        spinUntil(() -> pump.strokes() >= expected, timeout, "a pump stroke to be taken");
    }

    private static long awaitHolding(BatchSequencer seq, Duration timeout) {
        spinUntil(() -> seq.manualProgress().map(ManualProgress::holding).orElse(false), timeout, "the hold to count");
        return System.nanoTime();
    }

    private static void awaitUnloaded(BenchPress rig, Duration timeout) {
        spinUntil(() -> rig.live.force().map(f -> f.kiloNewtons() < 0.1).orElse(false), timeout, "the force to fall after the release valve");
    }

    /** Polls every 0.2 ms: the detection is what is measured, so the poll must not add to it much. */
    private static void spinUntil(java.util.function.BooleanSupplier done, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("bench: timed out waiting for " + what);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(200_000);
        }
    }

    /** When the HMI received the first transducer sample at or above the band's bottom (as a die pressure). */
    private static final class InBand {
        private final double lowerKiloNewtons;
        private final double kiloNewtonsPerBar;
        private volatile boolean on = true;
        volatile long at;

        InBand(double lowerMegaPascals, double kiloNewtonsPerBar) {
            this.lowerKiloNewtons = BenchStation.DIE.forceFor(Pressure.megaPascals(lowerMegaPascals)).kiloNewtons();
            this.kiloNewtonsPerBar = kiloNewtonsPerBar;
        }

        void add(PressSample sample) {
            if (!on || at != 0 || !sample.good()) {
                return;
            }
            double kiloNewtons = sample.signal() == StandardSignal.OIL_PRESSURE ? sample.value() * kiloNewtonsPerBar
                    : sample.signal() == StandardSignal.FORCE ? sample.value() : Double.NaN;
            if (kiloNewtons >= lowerKiloNewtons) {
                at = sample.receivedNanos();
            }
        }

        void stop() {
            on = false;
        }
    }
}
