package org.layerpress.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.StepState;
import org.layerpress.sim.SimulatedPressPlc;

/**
 * The heated press's figures for {@code bench run}: the HEAT soak loop on the simulated press with
 * heated platens ({@code plc-mapping/simulator.yaml}), its time {@value #SCALE} times the wall clock
 * (the platens' minutes pass in seconds, and the HMI's soak is timed on the same process clock, as the
 * station's tests run it), through the real sequencer, Milo adapter and H2 file. Measured: how long a
 * HEAT to 60 °C takes in process time, and how long after the soak was due (both platens in band, as
 * the HMI received them, for the soak) the HEAT step ended in the record: the soak loop's checks every
 * 100 ms and the step's commit. After the HEAT the batch is aborted: the PRESS is {@code commit}'s.
 */
final class HeatRun {

    static final double SCALE = 20;
    private static final double CELSIUS = 60;
    private static final double BAND = 3;
    private static final Duration SOAK = Duration.ofSeconds(20);
    private static final int HEAT = 2;

    private final Figures out;
    private final BenchStation station;
    private final Path dir;

    HeatRun(Figures out, BenchStation station, Path dir) {
        this.out = out;
        this.station = station;
        this.dir = dir;
    }

    void run(int batches) throws Exception {
        PressMapping heated = MappingLoader.loadBundled("simulator.yaml");
        double[] heatSeconds = new double[batches];
        double[] soakToEnd = new double[batches];
        try (BenchPress rig = new BenchPress(dir.resolve("heated"), heated, new SimulatedPressPlc(heated.press()), 10, SCALE)) {
            BatchSequencer seq = rig.sequencer(station);
            seq.useProcessTime(() -> System.nanoTime() / 1e9 * SCALE);
            StepEnd ended = new StepEnd(seq);
            BatchWatch watch = new BatchWatch(seq);
            long recipe = station.heatedRecipe("Bench heated", rig.mapping.press(), CELSIUS, SOAK);
            Session s = station.operator();
            Duration budget = Duration.ofSeconds(120);
            for (int b = 0; b < batches; b++) {
                String id = seq.start(s, new StartBatchCommand(recipe, BenchStation.DIE.id())).batchId();
                seq.loadLayer(s, 60.4, "LOT-H" + b, Optional.empty());
                Soak soak = new Soak();
                rig.port.addSampleListener(soak::add);
                ended.reset(id);
                long start = System.nanoTime();
                seq.heat(s);
                BatchRun run = watch.awaitStepEnded(id, HEAT, budget);
                soak.stop();
                if (run.step(HEAT).state() != StepState.CONFIRMED) {
                    throw new IllegalStateException("bench: HEAT ended " + run.step(HEAT).state() + ": " + run.step(HEAT).values());
                }
                long end = ended.at;
                heatSeconds[b] = (end - start) / 1e9 * SCALE;
                soakToEnd[b] = soak.since == 0 ? Double.NaN : (end - soak.since - SOAK.toNanos() / SCALE) / 1e6;
                seq.abort(s, "benchmark: the HEAT step is measured; the rest is not");
                // The heaters off, as a station leaves a press between batches, so the next HEAT starts from ambient.
                rig.port.writeExactly(StandardSignal.PLATEN_TEMPERATURE_SETPOINT, 0);
                awaitCool(rig, budget);
            }
        }
        out.line("heat.batches", batches, "HEAT steps to " + (int) CELSIUS + " ± " + (int) BAND + " °C at 30 °C/min, soak " + SOAK.toSeconds()
                + " s, on the simulated heated press at " + (int) SCALE + "x");
        out.percentiles("heat.step", new Percentiles(heatSeconds), "s of process time (Heat tapped → the HEAT step ended, ramp and soak)");
        out.percentiles("heat.soak_to_step_end", new Percentiles(soakToEnd),
                "ms wall (both platens in band received for the soak → the HEAT step ended in the record)");
    }

    private static void awaitCool(BenchPress rig, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (temperature(rig, StandardSignal.PLATEN_TEMPERATURE_TOP) > 35 || temperature(rig, StandardSignal.PLATEN_TEMPERATURE_BOTTOM) > 35) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("bench: the platens did not cool after the HEAT");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
        }
    }

    private static double temperature(BenchPress rig, StandardSignal platen) {
        return rig.live.latest(platen).filter(PressSample::good).map(PressSample::value).orElse(Double.NaN);
    }

    /** Since when both platens have been in band, by the HMI's receipt of their samples (0: not in band). */
    private static final class Soak {
        private volatile boolean on = true;
        private double top = Double.NaN;
        private double bottom = Double.NaN;
        volatile long since;

        synchronized void add(PressSample sample) {
            if (!on) {
                return;
            }
            if (sample.signal() == StandardSignal.PLATEN_TEMPERATURE_TOP) {
                top = sample.good() ? sample.value() : Double.NaN;
            } else if (sample.signal() == StandardSignal.PLATEN_TEMPERATURE_BOTTOM) {
                bottom = sample.good() ? sample.value() : Double.NaN;
            } else {
                return;
            }
            boolean in = Math.abs(top - CELSIUS) <= BAND && Math.abs(bottom - CELSIUS) <= BAND;
            if (!in) {
                since = 0;
            } else if (since == 0) {
                since = sample.receivedNanos();
            }
        }

        void stop() {
            on = false;
        }
    }

    /** When the sequencer reported the HEAT step ended, noted before the bench's watch wakes. */
    private static final class StepEnd {
        private volatile String batchId = "";
        volatile long at;

        StepEnd(BatchSequencer seq) {
            seq.addListener(run -> {
                StepState state = run.step(HEAT).state();
                if (at == 0 && run.batchId().equals(batchId) && state != StepState.ACTIVE && state != StepState.PENDING) {
                    at = System.nanoTime();
                }
            });
        }

        void reset(String batch) {
            at = 0;
            batchId = batch;
        }
    }
}
