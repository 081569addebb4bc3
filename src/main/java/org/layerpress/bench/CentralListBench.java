package org.layerpress.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.store.central.CentralBatchList;
import org.layerpress.store.central.CentralLink;

/**
 * The QA list over the central copy at a lab's scale: {@code batches} batch rows from {@value #STATIONS} stations
 * generated inside PostgreSQL ({@code INSERT … SELECT generate_series}, two to four minutes for a million on a
 * loaded two-core machine, where forwarding that many real records would take days), in the shape the stations forward: list entry, flag summary and
 * flags, QA decisions for the older 80 %, training batches, and two powder lot uses per batch (a lot lasts 200
 * batches of a station). Then the list query a QA workstation runs ({@link CentralBatchList}, a connection per
 * page as there), timed: the newest page of all stations, one station's, and a lot's.
 */
final class CentralListBench {

    static final int STATIONS = 10;
    /** The Records screen's page: four glove-sized lines (BatchListViewModel.PAGE_SIZE). */
    private static final int PAGE = 4;
    private static final int WARMUP = 3;
    private static final int RUNS = 40;
    private static final int FILL_SLICE = 50_000;

    private final Figures out;
    private final CentralLink central;
    private final int batches;

    CentralListBench(Figures out, CentralLink central, int batches) {
        this.out = out;
        this.central = central;
        this.batches = batches;
    }

    void run(String runId) throws SQLException {
        String prefix = "bench-" + runId + "-list-";
        long start = System.nanoTime();
        fill(prefix);
        out.line("fleet.list_fill_time", (System.nanoTime() - start) / 1e9, "s");
        CentralBatchList list = new CentralBatchList(central, ZoneOffset.UTC);
        int perStation = batches / STATIONS;
        String middleLot = "LPSCl-" + (1000 + perStation / 2 / 200);
        time("fleet.list_first_page", () -> list.list(Optional.empty(), BatchListFilter.all(PAGE)));
        time("fleet.list_station_page", () -> list.list(Optional.of(prefix + "3"), BatchListFilter.all(PAGE)));
        time("fleet.list_lot_page", () -> list.list(Optional.empty(), BatchListFilter.ofLot(middleLot, PAGE)));
        out.note("list: " + batches + " batches from " + STATIONS + " stations (" + prefix + "0…9) generated in PostgreSQL, plus whatever the "
                + "central database held; a page of " + PAGE + " newest first, a new connection per page as the QA workstation opens; "
                + "first page of all stations, of one station, and of lot " + middleLot + " (" + STATIONS * 200 + " batches in mid-history)");
    }

    private void time(String name, Supplier<CentralBatchList.Page> query) {
        double[] millis = new double[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            long t = System.nanoTime();
            CentralBatchList.Page page = query.get();
            if (page.rows().isEmpty()) {
                throw new IllegalStateException(name + ": the page is empty; the generated rows are not there");
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        out.percentiles(name, new Percentiles(millis), "ms");
    }

    /**
     * Batch {@code i} is station {@code i % 10}'s number {@code j = i / 10}, started 10 min after its previous one
     * (stations a minute apart), ids as stations number them (B-yyyymmdd-nnnn, 144 a day).
     */
    private void fill(String prefix) throws SQLException {
        String series = "FROM (SELECT i, i % " + STATIONS + " AS k, i / " + STATIONS + " AS j, TIMESTAMPTZ '2024-01-01 00:00:00+00' "
                + "+ (i / " + STATIONS + ") * INTERVAL '10 minutes' + (i % " + STATIONS + ") * INTERVAL '1 minute' AS t "
                + "FROM generate_series(?, ? - 1) AS i) g";
        String station = "? || g.k";
        String id = "'B-' || to_char(g.t AT TIME ZONE 'UTC', 'YYYYMMDD') || '-' || lpad(((g.j % 144) + 1)::text, 4, '0')";
        String at = "to_char(g.t AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";
        String name = "(ARRAY['LPSCl + LGPS bilayer, 10 mm', 'LPSCl + LGPS bilayer, 10 mm', 'Li3PS4 / LPSCl / cathode multilayer, 13 mm', "
                + "'LPSCl pellet 10 mm', 'LGPS screening 10 mm'])[1 + (g.i * 7) % 5]";
        String perStation = String.valueOf(batches / STATIONS);
        List<String> inserts = List.of(
                "INSERT INTO batch (station_id, station_seq, batch_id, recipe_label, operator, die_id, started_at, state) SELECT " + station
                        + ", g.j * 40, " + id + ", " + name + " || ' v' || (1 + g.i % 3), (ARRAY['olga', 'omar', 'oona', 'otto', 'ola', 'orla', "
                        + "'owen', 'oscar'])[1 + g.i % 8], 'D10-0' || (1 + g.i % 4), " + at + ", CASE WHEN g.i % 50 = 7 THEN 'ABORTED' "
                        + "ELSE 'COMPLETE' END " + series,
                "INSERT INTO batch_list_entry (station_id, station_seq, batch_id, recipe_name, started_at) SELECT " + station + ", g.j * 40 + 1, "
                        + id + ", " + name + ", " + at + " " + series,
                "INSERT INTO batch_flag_summary (station_id, station_seq, batch_id, flag_count) SELECT " + station + ", g.j * 40 + 2, " + id
                        + ", CASE WHEN g.i % 10 = 3 THEN 1 ELSE 0 END " + series,
                "INSERT INTO batch_flag_kind (station_id, station_seq, batch_id, kind, started_at) SELECT " + station + ", g.j * 40 + 3, " + id
                        + ", 'HOLD_DECAY_CREEP', " + at + " " + series + " WHERE g.i % 10 = 3",
                "INSERT INTO batch_decision (station_id, station_seq, batch_id, decision, decided_at) SELECT " + station + ", g.j * 40 + 4, " + id
                        + ", CASE WHEN g.i % 33 = 5 THEN 'REJECTED' ELSE 'APPROVED' END, " + at + " " + series + " WHERE g.j < 0.8 * " + perStation,
                "INSERT INTO batch_training (station_id, station_seq, batch_id) SELECT " + station + ", g.j * 40 + 5, " + id + " " + series
                        + " WHERE g.i % 100 = 42",
                "INSERT INTO batch_lot_use (station_id, station_seq, batch_id, step, lot, lot_key, material, layer, mass_mg, started_at) SELECT "
                        + station + ", g.j * 40 + 6, " + id + ", 4, 'LPSCl-' || (1000 + g.j / 200), 'LPSCL-' || (1000 + g.j / 200), 'Li6PS5Cl', "
                        + "'electrolyte', '60.' || (g.i % 10), " + at + " " + series,
                "INSERT INTO batch_lot_use (station_id, station_seq, batch_id, step, lot, lot_key, material, layer, mass_mg, started_at) SELECT "
                        + station + ", g.j * 40 + 7, " + id + ", 8, 'LGPS-' || (1000 + g.j / 300), 'LGPS-' || (1000 + g.j / 300), "
                        + "'Li10GeP2S12 (LGPS)', 'protective', '30.' || (g.i % 10), " + at + " " + series + " WHERE g.i % 50 <> 7");
        try (Connection c = central.open()) {
            // In slices of 50 000 batches, each its own commit: one statement stays well inside the link's 60 s read timeout.
            for (int from = 0; from < batches; from += FILL_SLICE) {
                c.setAutoCommit(false);
                for (String sql : inserts) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setString(1, prefix);
                        ps.setInt(2, from);
                        ps.setInt(3, Math.min(batches, from + FILL_SLICE));
                        ps.executeUpdate();
                    }
                }
                c.commit();
            }
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                // Fresh statistics, as autovacuum would have them by the time a lab has a million batches.
                st.execute("ANALYZE batch, batch_list_entry, batch_flag_summary, batch_flag_kind, batch_decision, batch_training, batch_lot_use");
            }
        }
    }
}
