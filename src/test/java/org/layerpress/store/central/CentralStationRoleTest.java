package org.layerpress.store.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.CentralSignOff;
import org.layerpress.application.review.QaDecision;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.MutableClock;
import org.layerpress.testing.TestStation;

/** Central V8: a station's own login role adds its own rows only, and reads only what its pulls read. */
class CentralStationRoleTest {

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

    TestStation station(String name) {
        TestStation s = TestStation.builder(dir.resolve(name)).clock(MutableClock.at(TestStation.START)).build();
        open.add(s);
        return s;
    }

    CentralForwarder forwarder(TestStation s, String stationId, CentralLink link) {
        CentralForwarder f = new CentralForwarder(s.database(), stationId, link, new CentralForwarder.Settings(200,
                Duration.ofMillis(20), Duration.ZERO, Duration.ofMillis(50), Duration.ofMillis(200)), s.clock());
        open.add(f);
        return f;
    }

    /** The station's role as the station logs in with it (the embedded server trusts loopback, so the password is not what is tested here). */
    static CentralLink as(String url, String role) {
        return CentralLink.of(url, role, "not-on-the-command-line");
    }

    @Test
    void aStationsRoleCannotInsertAnotherStationsRowsAndNothingIsWritten() throws Exception {
        String url = pg.freshCentral();
        CentralStations.add(pg.link(url), "press-a", "lp_station_press_a", "secret-a".toCharArray());
        TestStation s = station("a");
        StationRecords.batch(s, "B-1", 120);

        // Station A's role forwarding under station B's id: the first row is refused, the round rolls back whole.
        CentralForwarder posing = forwarder(s, "press-b", as(url, "lp_station_press_a"));
        SQLException e = assertThrows(SQLException.class, posing::forwardOnce);
        assertTrue(e.getMessage().contains("role lp_station_press_a writes only the rows of station press-a"), e.getMessage());
        Map<String, Long> none = Map.of("audit_event", 0L, "batch", 0L, "batch_event", 0L, "trace_chunk", 0L, "batch_list_entry", 0L);
        assertEquals(none, StationRecords.central(pg.link(url), "press-b"), "nothing of the round was written");
        assertEquals(none, StationRecords.central(pg.link(url), "press-a"));
    }

    @Test
    void aStationsRoleForwardsItsOwnRowsAndMayNotChangeRemoveOrReadOthers() throws Exception {
        String url = pg.freshCentral();
        CentralStations.add(pg.link(url), "press-c", "lp_station_press_c", "secret-c".toCharArray());
        TestStation c = station("c");
        TestStation d = station("d");
        StationRecords.batch(c, "B-1", 120);
        StationRecords.batch(d, "B-1", 120);
        StationRecords.drain(forwarder(d, "press-d", pg.link(url)));

        assertTrue(StationRecords.drain(forwarder(c, "press-c", as(url, "lp_station_press_c"))) > 0);
        assertEquals(StationRecords.onStation(c), StationRecords.central(pg.link(url), "press-c"), "its own forwarding lands whole");
        assertTrue(CentralAuditCheck.verify(pg.link(url), "press-c").intact());
        assertEquals("COMPLETE", state(url, "press-c"), "the batch state's forward-only upsert passes for its own rows");

        try (Connection role = as(url, "lp_station_press_c").open(); Statement st = role.createStatement()) {
            for (String sql : List.of("UPDATE batch SET state = 'RUNNING', station_seq = station_seq + 1000 WHERE station_id = 'press-d'",
                    "UPDATE batch_event SET station_seq = 0 WHERE station_id = 'press-c'",
                    "DELETE FROM audit_event WHERE station_id = 'press-c'", "TRUNCATE audit_event", "SELECT * FROM audit_event",
                    "INSERT INTO central_station_role VALUES ('lp_station_press_c', 'press-d', 'now')")) {
                assertThrows(SQLException.class, () -> st.execute(sql), sql);
            }
        }
        assertEquals(StationRecords.onStation(d), StationRecords.central(pg.link(url), "press-d"), "the other station's rows are untouched");
        assertEquals("COMPLETE", state(url, "press-d"));
    }

    @Test
    void aStationsRoleReadsWhatItsPullsReadAndOnlyItsOwnSignOffs() throws Exception {
        String url = pg.freshCentral();
        CentralStations.add(pg.link(url), "press-e", "lp_station_press_e", "secret-e".toCharArray());
        CentralSignOffs asOwner = new CentralSignOffs(pg.link(url));
        for (String stationId : List.of("press-e", "press-f")) {
            asOwner.send(new CentralSignOff(0, stationId, "B-1", "0".repeat(64), QaDecision.APPROVED, "quinn", "Quinn Reviewer",
                    java.time.Instant.parse(TestStation.START), "", "qa-1"));
        }
        CentralLink role = as(url, "lp_station_press_e");

        assertEquals(1, new CentralSignOffs(role).forStation("press-e").size(), "its own sign-off");
        assertTrue(new CentralSignOffs(role).forStation("press-f").isEmpty(), "another station's sign-offs are not its to read");
        assertEquals(2, asOwner.forStation("press-e").size() + asOwner.forStation("press-f").size(), "the owner (and QA) still read all");
        CentralIdentity.Read<CentralSignOff> pulled = new CentralSignOffs(role).pull("press-e");
        assertEquals(CentralIdentity.of(pg.link(url)), pulled.central(), "the sign-off pull reads the database's identity too");
        assertFalse(pulled.central().isEmpty());
        assertEquals(1, pulled.rows().size());
        assertTrue(new CentralRecipes(role).all().isEmpty(), "the published recipes are readable");
        assertTrue(new CentralUsers(role).pull().rows().isEmpty(), "the published users are readable");
        assertThrows(RuntimeException.class, () -> new CentralSignOffs(role).send(new CentralSignOff(0, "press-e", "B-1", "0".repeat(64),
                QaDecision.APPROVED, "quinn", "Quinn Reviewer", java.time.Instant.parse(TestStation.START), "", "qa-1")), "a station writes no sign-offs");
    }

    @Test
    void aRoleOrAStationTakenByAnotherIsRefusedAndAddingAgainChangesOnlyThePassword() throws Exception {
        String url = pg.freshCentral();
        CentralStations.add(pg.link(url), "press-g", "lp_station_press_g", "first".toCharArray());
        String before = verifier("lp_station_press_g");
        CentralStations.add(pg.link(url), "press-g", "lp_station_press_g", "second".toCharArray());
        assertFalse(before.equals(verifier("lp_station_press_g")), "the new password is set");
        assertTrue(verifier("lp_station_press_g").startsWith("SCRAM-SHA-256$"), "kept as a SCRAM verifier, never as text");
        assertThrows(IllegalStateException.class, () -> CentralStations.add(pg.link(url), "press-h", "lp_station_press_g", "x".toCharArray()));
        assertThrows(IllegalStateException.class, () -> CentralStations.add(pg.link(url), "press-g", "someone_else", "x".toCharArray()));
        assertEquals("lp_station_press_g", CentralStations.defaultRole("Press-G"));
        assertThrows(IllegalArgumentException.class, () -> CentralStations.add(pg.link(url), "press-" + "x".repeat(60),
                CentralStations.defaultRole("press-" + "x".repeat(60)), "x".toCharArray()), "a name PostgreSQL would cut short is refused");
    }

    private static String verifier(String role) throws SQLException {
        try (Connection c = pg.link(pg.freshDatabase()).open(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT rolpassword FROM pg_authid WHERE rolname = '" + role + "'")) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    private static String state(String url, String stationId) throws SQLException {
        try (Connection c = pg.link(url).open(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT state FROM batch WHERE station_id = '" + stationId + "' AND batch_id = 'B-1'")) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
