package org.layerpress.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.users.Session;
import org.layerpress.domain.audit.AuditEntry;
import org.layerpress.sim.SimulatedPressPlc;
import org.layerpress.store.JdbcAuditTrail;

/**
 * What a durable confirmation costs the operator: each sequencer confirmation call (check, scan,
 * layer mass, eject, inspect) commits its events in one fsynced transaction before it returns, so
 * its duration is how long the screen waits. Timed over many complete batches, against a bare
 * durable single-row commit (one audit append, as {@code bench store} measures it) in the same
 * database and run.
 */
final class CommitRun {

    private static final int CONFIRMATIONS_PER_BATCH = 5;
    private static final Duration PRESS_HOLD = Duration.ofSeconds(1);

    private final Figures out;
    private final BenchStation station;
    private final Path dir;

    CommitRun(Figures out, BenchStation station, Path dir) {
        this.out = out;
        this.station = station;
        this.dir = dir;
    }

    void run(int batches, int speed, int samplingAt1x) throws Exception {
        Timings t = new Timings(batches * CONFIRMATIONS_PER_BATCH);
        // The press steps in between are not timed; the accelerated simulator only makes them short.
        SimulatedPressPlc plc = new SimulatedPressPlc(MappingLoader.loadBundled("simulator.yaml").press());
        try (BenchPress rig = new BenchPress(dir.resolve("commits"), plc, SamplesRun.scanMillis(speed), speed,
                SamplesRun.samplingMillis(samplingAt1x, speed))) {
            BatchSequencer seq = rig.sequencer(station);
            BatchWatch watch = new BatchWatch(seq);
            long recipe = station.confirmationsRecipe("Bench confirmations x" + speed, rig.mapping.press(), PRESS_HOLD);
            Session s = station.operator();
            Duration budget = Duration.ofSeconds(60);
            for (int b = 0; b < batches; b++) {
                String id = seq.start(s, new StartBatchCommand(recipe, BenchStation.DIE.id())).batchId();
                t.confirm(() -> seq.confirmCheck(s));
                t.confirm(() -> seq.confirmScan(s, BenchStation.DIE.id()));
                String lot = "LOT-" + b;
                t.confirm(() -> seq.loadLayer(s, 60.4, lot, Optional.empty()));
                BatchWatch.awaitStartAllowed(seq, budget);
                seq.startPress(s);
                watch.awaitStepEnded(id, 4, budget);
                seq.release(s);
                watch.awaitStepEnded(id, 5, budget);
                t.confirm(() -> seq.eject(s));
                t.confirm(() -> seq.inspect(s, Map.of("No cracks", true, "Edges intact", true)));
            }
        }
        Percentiles c = new Percentiles(Arrays.copyOf(t.confirm, t.n));
        Percentiles b = new Percentiles(Arrays.copyOf(t.bare, t.n));
        out.line("commit.batches", batches, "complete batches");
        out.line("commit.confirmations", c.count(), "confirmations timed (check, scan, layer, eject, inspect)");
        out.percentiles("commit.confirm", c, "ms");
        out.percentiles("commit.bare_durable", b, "ms (one audit row, fsynced, right after each confirmation)");
        out.line("commit.ratio_p50", c.at(50) / b.at(50), "x (confirmation / bare durable commit)");
        out.line("commit.ratio_p99", c.at(99) / b.at(99), "x");
    }

    /**
     * Each confirmation is followed at once by one bare durable commit, so both see the same disk
     * and the same load (a shared machine's fsync time drifts over a run).
     */
    private final class Timings {
        final double[] confirm;
        final double[] bare;
        final JdbcAuditTrail trail = new JdbcAuditTrail(station.tx);
        int n;

        Timings(int size) {
            confirm = new double[size];
            bare = new double[size];
        }

        void confirm(Supplier<?> call) {
            confirm[n] = millis(call);
            AuditEntry e = new AuditEntry(Instant.now(), 1, "bench", "BENCH_COMMIT", "BATCH", "bench", "", "{\"confirmed\":true}", "");
            bare[n] = millis(() -> station.tx.inTransaction(() -> trail.append(e)));
            n++;
        }
    }

    private static double millis(Supplier<?> call) {
        long start = System.nanoTime();
        call.get();
        return (System.nanoTime() - start) / 1e6;
    }
}
