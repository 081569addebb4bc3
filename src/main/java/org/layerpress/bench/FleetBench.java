package org.layerpress.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.layerpress.station.StationStores;
import org.layerpress.store.central.CentralForwarder;
import org.layerpress.store.central.CentralLink;

/**
 * Several stations forwarding into one central PostgreSQL (docs/central.md): each station a real H2 file
 * in the folder with realistic batch records ({@link SyntheticBatches}), each its own forwarder thread.
 * First the drain of a backlog (records written with forwarding off, then every forwarder started at
 * once), then forwarding while every station records (rows/s, lag from a row's commit on the station to
 * its central commit).
 */
public final class FleetBench {

    private static final int TRACE_SAMPLES = 2_000;

    private final Figures out;
    private final Path folder;
    private final CentralLink central;
    private final int stations;
    private final int batches;

    /** A station's hour: one batch every 10 minutes ({@link SyntheticBatches#SPACING}). */
    static final int HOUR_BATCHES = 6;
    /** 100 Hz: the first press ramps about 36 s and holds 2 min, the second holds 3 min (the demo bilayer). */
    static final int HOUR_FIRST_PRESS = 15_600;
    static final int HOUR_OTHER_PRESS = 21_600;

    private final int listBatches;

    /** @param listBatches batches generated for the central list's timing (0: not measured) */
    public FleetBench(PrintWriter out, Path folder, CentralLink central, int stations, int batches, int listBatches) {
        this.out = new Figures(out);
        this.folder = folder;
        this.central = central;
        this.stations = stations;
        this.batches = batches;
        this.listBatches = listBatches;
    }

    public void run() throws Exception {
        out.note(stations + " stations, " + batches + " batches each (" + TRACE_SAMPLES + "-sample press steps), one central PostgreSQL; "
                + "station ids bench-<run>-<n>");
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<StationStores> opened = new ArrayList<>();
        List<SyntheticBatches> makers = new ArrayList<>();
        try {
            for (int i = 0; i < stations; i++) {
                StationStores s = StationStores.open(folder.resolve("station-" + i), ZoneOffset.UTC);
                opened.add(s);
                makers.add(new SyntheticBatches(s.batches(), s.batchList()));
            }
            ExecutorService pool = Executors.newFixedThreadPool(stations);
            try {
                write(pool, opened, makers, 0);
                long backlog = 0;
                for (StationStores s : opened) {
                    backlog += waiting(s);
                }
                out.line("fleet.backlog_rows", backlog, "rows");
                Measured drain = forward(pool, opened, run + "-d", List.of());
                out.line("fleet.drain_time", drain.seconds, "s");
                out.line("fleet.drain_rows_per_s", drain.rows / drain.seconds, "rows/s");
                out.line("fleet.drain_batches_per_s", (double) stations * batches / drain.seconds, "batches/s");

                List<Future<?>> writers = write(pool, opened, makers, batches);
                Measured live = forward(pool, opened, run + "-l", writers);
                out.line("fleet.live_rows_per_s", live.rows / live.seconds, "rows/s");
                out.line("fleet.live_batches_per_s", (double) stations * batches / live.seconds, "batches/s");
                out.percentiles("fleet.lag", new Percentiles(live.lagMillis), "ms");
                out.note("drain: rows already waiting, all forwarders started at once; live: forwarding while every station "
                        + "writes; lag: a row's queue time on the station to the central commit of its round (same machine clock)");
            } finally {
                pool.shutdownNow();
            }
            hourBacklog(run, opened);
        } finally {
            opened.forEach(StationStores::close);
        }
        if (listBatches > 0) {
            new CentralListBench(out, central, listBatches).run(run);
        }
    }

    /**
     * One station's hour recorded while the central database is away (six bilayer batches with their full 100 Hz
     * press traces), then one forwarder started, as the station's own would be when central is back: timed until
     * nothing is left to send.
     */
    private void hourBacklog(String run, List<StationStores> opened) throws Exception {
        StationStores s = StationStores.open(folder.resolve("station-hour"), ZoneOffset.UTC);
        opened.add(s);
        SyntheticBatches maker = new SyntheticBatches(s.batches(), s.batchList());
        for (int b = 0; b < HOUR_BATCHES; b++) {
            int n = b;
            s.transactions().inTransaction(() -> maker.write(n, HOUR_FIRST_PRESS, HOUR_OTHER_PRESS));
        }
        out.line("fleet.hour_backlog_rows", waiting(s), "rows");
        long start = System.nanoTime();
        long rows = 0;
        try (CentralForwarder f = new CentralForwarder(s.database(), "bench-" + run + "-h", central, CentralForwarder.Settings.DEFAULT,
                Clock.systemUTC())) {
            while (true) {
                CentralForwarder.Round r = f.forwardOnce();
                rows += r.read();
                if (r.read() == 0 && f.backlog().waiting() == 0) {
                    break;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.line("fleet.hour_drain_time", seconds, "s");
        out.line("fleet.hour_drain_rows_per_s", rows / seconds, "rows/s");
        out.note("hour: " + HOUR_BATCHES + " bilayer batches of one station (" + HOUR_FIRST_PRESS + " and " + HOUR_OTHER_PRESS
                + " trace samples), written with central away, then drained by one forwarder to zero");
    }

    private List<Future<?>> write(ExecutorService pool, List<StationStores> opened, List<SyntheticBatches> makers, int offset)
            throws Exception {
        List<Future<?>> writers = new ArrayList<>();
        for (int i = 0; i < opened.size(); i++) {
            StationStores s = opened.get(i);
            SyntheticBatches maker = makers.get(i);
            writers.add(pool.submit(() -> {
                for (int b = offset; b < offset + batches; b++) {
                    int n = b;
                    s.transactions().inTransaction(() -> maker.write(n, TRACE_SAMPLES, TRACE_SAMPLES / 4));
                }
                return null;
            }));
        }
        if (offset == 0) {
            for (Future<?> w : writers) {
                w.get();
            }
        }
        return writers;
    }

    private record Measured(double seconds, long rows, double[] lagMillis) {
    }

    /** Runs one forwarder per station on its own thread until every writer is done and every backlog is empty. */
    private Measured forward(ExecutorService pool, List<StationStores> opened, String run, List<Future<?>> writers) throws Exception {
        ConcurrentLinkedQueue<Double> lags = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        List<Future<Long>> forwarders = new ArrayList<>();
        ExecutorService forwarding = Executors.newFixedThreadPool(opened.size());
        try {
            for (int i = 0; i < opened.size(); i++) {
                StationStores s = opened.get(i);
                String id = "bench-" + run + "-" + i;
                forwarders.add(forwarding.submit(() -> {
                    try (CentralForwarder f = new CentralForwarder(s.database(), id, central, CentralForwarder.Settings.DEFAULT, Clock.systemUTC())) {
                        long rows = 0;
                        while (true) {
                            boolean writing = writers.stream().anyMatch(w -> !w.isDone());
                            CentralForwarder.Round r = f.forwardOnce();
                            Instant now = Instant.now();
                            r.queuedAt().forEach(q -> lags.add(Duration.between(q, now).toNanos() / 1e6));
                            rows += r.read();
                            if (r.read() == 0 && !writing && f.backlog().waiting() == 0) {
                                return rows;
                            }
                            if (r.read() == 0) {
                                Thread.sleep(CentralForwarder.Settings.DEFAULT.idlePause().toMillis());
                            }
                        }
                    }
                }));
            }
            long rows = 0;
            for (Future<Long> f : forwarders) {
                rows += f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Measured(seconds, rows, lags.stream().mapToDouble(Double::doubleValue).toArray());
        } finally {
            forwarding.shutdownNow();
        }
    }

    private static long waiting(StationStores s) {
        try (var c = s.database().connection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM forward_outbox")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not count the outbox: " + e.getMessage(), e);
        }
    }
}
