package org.layerpress.store.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchSummary;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.MutableClock;
import org.layerpress.testing.TestStation;

/** Central V3: the forwarded tables refuse UPDATE, DELETE and TRUNCATE by SQL, and forwarding still works. */
class CentralGuardsTest {

    static CentralPostgres pg;

    @TempDir
    Path dir;
    final List<AutoCloseable> open = new ArrayList<>();

    @BeforeAll
    static void startPostgres() {
        pg = new CentralPostgres();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        pg.close();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    CentralForwarder forwarder(TestStation s, String url) {
        CentralForwarder f = new CentralForwarder(s.database(), "press-1", pg.link(url), new CentralForwarder.Settings(200,
                Duration.ofMillis(20), Duration.ZERO, Duration.ofMillis(50), Duration.ofMillis(200)), s.clock());
        open.add(f);
        return f;
    }

    TestStation station() {
        TestStation s = TestStation.builder(dir.resolve("a")).clock(MutableClock.at(TestStation.START)).build();
        open.add(s);
        return s;
    }

    @Test
    void updateDeleteAndTruncateBySqlAreRefusedOnEveryForwardedTable() throws Exception {
        String url = pg.freshCentral();
        TestStation s = station();
        StationRecords.batch(s, "B-1", 120);
        StationRecords.drain(forwarder(s, url));
        Map<String, Long> before = StationRecords.central(pg.link(url), "press-1");

        // A row trigger fires only on a row: UPDATE and DELETE where the batch has rows, TRUNCATE on every table.
        for (String table : StationRecords.TABLES) {
            if (!table.equals(ForwardedTables.MUTABLE)) {
                assertRefused("UPDATE " + table + " SET station_seq = station_seq + 1000 WHERE station_id = 'press-1'", url, table);
                assertRefused("DELETE FROM " + table + " WHERE station_id = 'press-1'", url, table);
            }
        }
        for (String table : ForwardedTables.KEYS.keySet()) {
            assertRefused("TRUNCATE " + table, url, table);
        }
        assertRefused("DELETE FROM batch", url, "batch");
        assertRefused("UPDATE batch SET operator = 'someone else', station_seq = station_seq + 1", url, "batch");
        assertRefused("UPDATE batch SET state = 'RUNNING'", url, "batch");
        assertRefused("UPDATE batch SET state = 'RUNNING', station_seq = station_seq - 1", url, "batch");

        assertEquals(before, StationRecords.central(pg.link(url), "press-1"), "nothing was changed or removed");
        assertEquals("COMPLETE", centralState(url, "B-1"));
    }

    @Test
    void theBatchStateStillFollowsTheStationAndRowsSentAgainStillLandOnce() throws Exception {
        String url = pg.freshCentral();
        TestStation s = station();
        Instant start = s.clock().instant();
        var batches = s.stores().batches();
        s.transactions().inTransaction(() -> {
            batches.create(new BatchSummary("B-2", "Bilayer 10 mm v2", "olga", "D10-01", start, BatchState.RUNNING));
            batches.append(new BatchEvent(0, "B-2", start, BatchEventKind.STARTED, 0, "olga", Map.of("recipe", "Bilayer 10 mm v2")));
            return null;
        });
        CentralForwarder f = forwarder(s, url);
        StationRecords.drain(f);
        assertEquals("RUNNING", centralState(url, "B-2"));

        s.clock().advance(Duration.ofMinutes(1));
        s.transactions().inTransaction(() -> {
            batches.append(new BatchEvent(0, "B-2", s.clock().instant(), BatchEventKind.ABORTED, 0, "olga", Map.of()));
            batches.setState("B-2", BatchState.ABORTED);
            return null;
        });
        StationRecords.drain(f);
        assertEquals("ABORTED", centralState(url, "B-2"), "the forwarder's forward-only upsert passes the guard");

        // A crash between the central commit and the cursor's update: everything is sent again, nothing is refused.
        StationRecords.execute(s, "UPDATE forward_cursor SET last_seq = 0 WHERE id = 1");
        assertEquals(0, StationRecords.drain(f), "rows sent again land once and the older batch state is skipped, not refused");
        assertEquals("ABORTED", centralState(url, "B-2"));
        assertEquals(StationRecords.onStation(s), StationRecords.central(pg.link(url), "press-1"));
        assertTrue(CentralAuditCheck.verify(pg.link(url), "press-1").intact());
    }

    private static void assertRefused(String sql, String url, String table) throws SQLException {
        try (Connection c = pg.link(url).open(); Statement st = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), sql);
            assertTrue(e.getMessage().contains("are evidence"), table + ": " + e.getMessage());
        }
    }

    private static String centralState(String url, String batchId) throws SQLException {
        try (Connection c = pg.link(url).open(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT state FROM batch WHERE station_id = 'press-1' AND batch_id = '" + batchId + "'")) {
            assertTrue(rs.next(), batchId + " is central");
            return rs.getString(1);
        }
    }
}
