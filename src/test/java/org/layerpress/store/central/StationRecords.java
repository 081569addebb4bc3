package org.layerpress.store.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerpress.application.batch.BatchSummary;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.testing.TestStation;

/** Writes batch records on a test station through the real store, and counts rows on either side. */
final class StationRecords {

    static final List<String> TABLES = List.of("audit_event", "batch", "batch_event", "trace_chunk", "batch_list_entry");

    private StationRecords() {
    }

    /** A batch: its row, a start event, a press step's trace of {@code samples} samples and its end, each its own commit. */
    static void batch(TestStation s, String id, int samples) {
        Instant start = s.clock().instant();
        var batches = s.stores().batches();
        s.transactions().inTransaction(() -> {
            batches.create(new BatchSummary(id, "Bilayer 10 mm v2", "olga", "D10-01", start, BatchState.RUNNING));
            batches.append(new BatchEvent(0, id, start, BatchEventKind.STARTED, 0, "olga", Map.of("recipe", "Bilayer 10 mm v2")));
            return null;
        });
        List<TracePoint> points = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            points.add(new TracePoint(1, start.plusMillis(10L * i), 0.5 * i, 1.0 - 0.001 * i));
        }
        for (int from = 0; from < samples; from += 50) {
            List<TracePoint> chunk = points.subList(from, Math.min(samples, from + 50));
            s.transactions().inTransaction(() -> {
                batches.appendTrace(id, chunk);
                return null;
            });
        }
        s.clock().advance(Duration.ofMinutes(1));
        s.transactions().inTransaction(() -> {
            batches.append(new BatchEvent(0, id, s.clock().instant(), BatchEventKind.COMPLETED, 1, "olga", Map.of()));
            batches.setState(id, BatchState.COMPLETE);
            return null;
        });
    }

    /** Rows per forwarded table on the station. */
    static Map<String, Long> onStation(TestStation s) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = s.database().connection(); Statement st = c.createStatement()) {
            for (String t : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /** Rows per forwarded table the central database holds for {@code stationId}. */
    static Map<String, Long> central(CentralLink link, String stationId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = link.open()) {
            for (String t : TABLES) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + t + " WHERE station_id = ?")) {
                    ps.setString(1, stationId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        counts.put(t, rs.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /** Runs rounds until one reads nothing; returns the rows that landed centrally. */
    static int drain(CentralForwarder f) throws SQLException {
        int landed = 0;
        while (true) {
            CentralForwarder.Round r = f.forwardOnce();
            landed += r.landed();
            if (r.read() == 0 || f.backlog().waiting() == 0) {
                return landed;
            }
        }
    }

    static void execute(TestStation s, String sql) {
        try (Connection c = s.database().connection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
