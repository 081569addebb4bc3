package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.store.Database;
import org.layerpress.store.EvidenceTamperedException;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;

/**
 * A batch still running (or interrupted) and the station settings are sealed too: someone who
 * rewrites them by SQL is named by {@code audit verify} and the station refuses to start on them.
 */
class RunningEvidenceSealTest {

    private static final String BATCH = "B-20261125-0001";

    @TempDir
    Path dir;

    /** The bilayer with its first layer loaded, pressed and released (a trace on step 5), still RUNNING. */
    void leaveABatchRunning() {
        try (TestStation station = TestStation.builder(dir).demoUsers().build()) {
            BatchRecordBuilder.bilayer(BATCH).by("olga").on(station).runningAfter(6);
        }
    }

    String verify() {
        StringWriter out = new StringWriter();
        int exit = LayerPressCli.run(new PrintWriter(out), new PrintWriter(out), "audit", "verify", "--data-dir", dir.toString());
        assertEquals(1, exit, out.toString());
        return out.toString();
    }

    String refusedAtStart() {
        return assertThrows(EvidenceTamperedException.class, () -> Database.open(dir).close()).getMessage();
    }

    int tamper(String... statements) throws SQLException {
        return EvidenceSealTest.tamper(dir, statements);
    }

    static void assertContains(String text, String part) {
        assertTrue(text.contains(part), "expected '" + part + "' in:\n" + text);
    }

    @Test
    void anUntouchedRunningBatchStartsAgain() {
        leaveABatchRunning();
        Database.open(dir).close();
    }

    @Test
    void aRunningBatchsEventRewrittenIsNamedByVerifyAndRefusedAtStart() throws Exception {
        leaveABatchRunning();
        int changed = tamper(EvidenceSealTest.drop("batch_event_no_update"),
                "UPDATE batch_event SET values_json = REPLACE(values_json, '60.4', '75.0') WHERE batch_id = '" + BATCH
                        + "' AND values_json LIKE '%60.4%'",
                EvidenceSealTest.restore("batch_event_no_update", "UPDATE", "batch_event"));
        assertTrue(changed > 0, "the tamper changed a row");
        String finding = " of running batch " + BATCH + ": content differs from its sealed hash";
        assertContains(verify(), "evidence BROKEN: batch_event seq=");
        assertContains(verify(), finding);
        assertContains(refusedAtStart(), finding);
    }

    @Test
    void aFlagAddedToARunningBatchIsNamed() throws Exception {
        leaveABatchRunning();
        tamper("INSERT INTO batch_flag (batch_id, seq, kind, step, step_title, value_text, limit_text, explanation) VALUES ('"
                + BATCH + "', 1, 'MASS_OUT_OF_TOLERANCE', 4, 'Load', '1 mg', '60 mg', 'planted')");
        assertContains(refusedAtStart(), "batch_flag seq=1 of running batch " + BATCH + ": row added");
    }

    @Test
    void aRunningBatchsTraceChunkChangedOrRemovedIsNamed() throws Exception {
        leaveABatchRunning();
        tamper(EvidenceSealTest.drop("trace_chunk_no_update"), EvidenceSealTest.drop("trace_chunk_no_delete"),
                "DELETE FROM trace_chunk WHERE batch_id = '" + BATCH + "' AND chunk_seq > 1",
                "UPDATE trace_chunk SET data = X'00', sample_count = 1 WHERE batch_id = '" + BATCH + "' AND chunk_seq = 1",
                EvidenceSealTest.restore("trace_chunk_no_update", "UPDATE", "trace_chunk"),
                EvidenceSealTest.restore("trace_chunk_no_delete", "DELETE", "trace_chunk"));
        String out = verify();
        assertContains(out, ",chunk_seq=1 of running batch " + BATCH + ": content differs from its sealed hash");
        assertContains(out, ",chunk_seq=2 of running batch " + BATCH + ": row missing");
        assertContains(refusedAtStart(), "of running batch " + BATCH);
    }

    @Test
    void traceTheStationAppendsAfterTheLastEventIsNotAFinding() throws Exception {
        leaveABatchRunning();
        try (TestStation station = TestStation.builder(dir).build()) {
            station.transactions().inTransaction(() -> {
                station.stores().batches().appendTrace(BATCH, List.of(new org.layerpress.domain.batch.TracePoint(9,
                        java.time.Instant.parse(TestStation.START).plusSeconds(3600), 1.0, 2.0)));
                return null;
            });
        }
        Database.open(dir).close();
    }

    @Test
    void aBatchEndedBySqlIsNeverSealedAsEnded() throws Exception {
        leaveABatchRunning();
        tamper(EvidenceSealTest.drop("batch_guard"), "UPDATE batch SET state = 'COMPLETE' WHERE batch_id = '" + BATCH + "'",
                "CREATE TRIGGER batch_guard BEFORE UPDATE, DELETE ON batch FOR EACH ROW CALL \"org.layerpress.store.BatchRowTrigger\"");
        assertContains(verify(), "batch " + BATCH + ": row added (it was never sealed into the audit trail)");
    }

    @Test
    void aSettingChangedBySqlIsRefusedAtStart() throws Exception {
        try (TestStation station = TestStation.builder(dir).demoUsers().build()) {
            station.stores().transactions().inTransaction(() -> {
                station.stores().settings().setIdleTimeout(Duration.ofMinutes(10));
                return null;
            });
        }
        Database.open(dir).close();
        tamper("UPDATE settings SET setting_value = 'PT24H' WHERE setting_key = 'session.idle_timeout'");
        String finding = "settings station: settings setting_key=session.idle_timeout: content differs from its sealed hash";
        assertContains(refusedAtStart(), finding);
        assertContains(verify(), finding);
    }

    @Test
    void aSettingAddedBySqlToAStationThatNeverSetOneIsRefusedAtStart() throws Exception {
        try (TestStation station = TestStation.builder(dir).demoUsers().build()) {
            assertEquals(0, station.column("SELECT setting_key FROM settings").size());
        }
        tamper("INSERT INTO settings (setting_key, setting_value) VALUES ('session.idle_timeout', 'PT24H')");
        assertContains(refusedAtStart(), "settings station: row added (it was never sealed into the audit trail)");
    }

    @Test
    void anOlderDatabaseWhoseSettingsWereNeverSealedIsSealedAtItsFirstOpenAndSaysSo() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("layerpress");
        Flyway.configure().dataSource(url, "layerpress", "").locations("classpath:db/migration").load().migrate();
        tamper("INSERT INTO settings (setting_key, setting_value) VALUES ('session.idle_timeout', 'PT7M')");
        Database.open(dir).close();
        try (Connection c = DriverManager.getConnection(url, "layerpress", ""); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT action, new_value FROM audit_event WHERE entity_type = 'settings' ORDER BY seq")) {
            assertTrue(rs.next());
            assertEquals("SEALED", rs.getString(1));
            assertContains(rs.getString(2), "settings setting_key=session.idle_timeout ");
            assertTrue(rs.next());
            assertEquals("SEALING_BEGUN", rs.getString(1));
            assertContains(rs.getString(2), "first seals of settings taken as the rows stood at this open (1 sealed)");
            assertFalse(rs.next());
        }
        Database.open(dir).close();
        tamper("UPDATE settings SET setting_value = 'PT24H'");
        assertContains(refusedAtStart(), "settings setting_key=session.idle_timeout: content differs from its sealed hash");
    }

    @Test
    void sealsAreStampedWithTheStationsClockLikeTheRowsAroundThem() throws Exception {
        try (TestStation station = TestStation.builder(dir).demoUsers().build()) {
            BatchRecordBuilder.complete(station, "olga", BATCH);
            List<String> sealTimes = station.column("SELECT s.at_utc = p.at_utc FROM audit_event s JOIN audit_event p ON p.seq = s.seq - 1 "
                    + "WHERE s.action = 'SEALED' AND p.action <> 'SEALED'");
            assertFalse(sealTimes.isEmpty(), "some seal follows a row of the same transaction");
            assertEquals(List.of(), sealTimes.stream().filter(same -> !same.equals("TRUE")).toList(),
                    "each seal carries the time of the row just before it");
            List<String> firstUserSeal = station.column("SELECT at_utc = TIMESTAMP WITH TIME ZONE '2026-11-25 09:00:00+00' FROM audit_event "
                    + "WHERE action = 'SEALED' AND entity_type = 'user' ORDER BY seq FETCH FIRST ROW ONLY");
            assertEquals(List.of("TRUE"), firstUserSeal, "the demo users, seeded at the test clock's start, are sealed at that instant");
        }
    }
}
