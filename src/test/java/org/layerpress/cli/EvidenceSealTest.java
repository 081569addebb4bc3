package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.QaDecision;
import org.layerpress.store.Database;
import org.layerpress.store.EvidenceTamperedException;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;

/**
 * Someone with the database file drops the triggers, rewrites evidence and puts the triggers back:
 * {@code audit verify} names what changed, and a start refuses what its cheap check can see.
 */
class EvidenceSealTest {

    private static final String BATCH = "B-20261125-0001";

    @TempDir
    Path dir;

    record Run(int exit, String out) {
    }

    Run verify() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), "audit", "verify", "--data-dir", dir.toString());
        return new Run(exit, out + err.toString());
    }

    /** A station with the demo users and one completed batch; {@code signOff}: QA approved it. */
    void recordABatch(boolean signOff) {
        try (TestStation station = TestStation.builder(dir).demoUsers().build()) {
            BatchRecordBuilder.complete(station, "olga", BATCH);
            if (signOff) {
                station.review().signOff().signOff(station.quinn(), BATCH, QaDecision.APPROVED,
                        TestStation.signature("quinn", "222222", "trace and lots checked"));
            }
        }
    }

    /** Straight at the file with H2's own driver, as a SQL tool would; returns the rows each statement changed. */
    int tamper(String... statements) throws SQLException {
        return tamper(dir, statements);
    }

    /** As {@link #tamper(String...)}, on the station's database in {@code dir}. */
    static int tamper(Path dir, String... statements) throws SQLException {
        int changed = 0;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("layerpress"), "layerpress", "");
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
                changed += Math.max(0, s.getUpdateCount());
            }
        }
        return changed;
    }

    static String drop(String trigger) {
        return "DROP TRIGGER " + trigger;
    }

    static String restore(String trigger, String event, String table) {
        return "CREATE TRIGGER " + trigger + " BEFORE " + event + " ON " + table + " FOR EACH ROW CALL \"org.layerpress.store.AppendOnlyTrigger\"";
    }

    void assertNamed(Run r, String... parts) {
        assertEquals(1, r.exit(), r.out());
        for (String part : parts) {
            assertTrue(r.out().contains(part), "expected '" + part + "' in:\n" + r.out());
        }
    }

    String refusedAtStart() {
        EvidenceTamperedException e = assertThrows(EvidenceTamperedException.class, () -> Database.open(dir).close());
        return e.getMessage();
    }

    @Test
    void anUntouchedStationVerifiesIntactAndStartsAgain() {
        recordABatch(true);
        Run r = verify();
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("evidence intact"), r.out());
        Database.open(dir).close();
    }

    @Test
    void aMassRewrittenInTheBatchEventsIsNamedByBatchAndSequence() throws Exception {
        recordABatch(false);
        int changed = tamper(drop("batch_event_no_update"),
                "UPDATE batch_event SET values_json = REPLACE(values_json, '60.4', '75.0') WHERE batch_id = '" + BATCH
                        + "' AND values_json LIKE '%60.4%'",
                restore("batch_event_no_update", "UPDATE", "batch_event"));
        assertTrue(changed > 0, "the tamper changed a row");
        assertNamed(verify(), "evidence BROKEN: batch " + BATCH + ": batch_event seq=", "content differs from its sealed hash",
                "evidence guards intact");
    }

    @Test
    void traceChunksDeletedAndReplacedAreNamed() throws Exception {
        recordABatch(false);
        tamper(drop("trace_chunk_no_update"), drop("trace_chunk_no_delete"),
                "DELETE FROM trace_chunk WHERE batch_id = '" + BATCH + "' AND chunk_seq > 1",
                "UPDATE trace_chunk SET data = X'00', sample_count = 1 WHERE batch_id = '" + BATCH + "' AND chunk_seq = 1",
                restore("trace_chunk_no_update", "UPDATE", "trace_chunk"), restore("trace_chunk_no_delete", "DELETE", "trace_chunk"));
        assertNamed(verify(), "batch " + BATCH + ": trace_chunk step=", ",chunk_seq=2: row missing",
                ",chunk_seq=1: content differs from its sealed hash");
    }

    @Test
    void aFlippedQaDecisionIsNamed() throws Exception {
        recordABatch(true);
        tamper(drop("batch_review_no_update"), drop("batch_decision_no_update"),
                "UPDATE batch_review SET decision = 'REJECTED' WHERE batch_id = '" + BATCH + "'",
                "UPDATE batch_decision SET decision = 'REJECTED' WHERE batch_id = '" + BATCH + "'",
                restore("batch_review_no_update", "UPDATE", "batch_review"), restore("batch_decision_no_update", "UPDATE", "batch_decision"));
        assertNamed(verify(), "batch " + BATCH + ": batch_review batch_id=" + BATCH + ": content differs from its sealed hash",
                "batch " + BATCH + ": batch_decision batch_id=" + BATCH + ": content differs");
    }

    @Test
    void anEventAddedToAnEndedBatchIsNamed() throws Exception {
        recordABatch(false);
        tamper("INSERT INTO batch_event (batch_id, seq, at_utc, kind, step, actor, values_json) VALUES ('" + BATCH
                + "', 999, TIMESTAMP WITH TIME ZONE '2026-11-25 12:00:00+00', 'NOTE', 1, 'olga', '{}')");
        assertNamed(verify(), "batch " + BATCH + ": batch_event seq=999: row added");
    }

    @Test
    void theNewestAuditRowsDeletedAreSeenByVerifyAndAtStart() throws Exception {
        recordABatch(true);
        tamper(drop("audit_event_no_delete"), "DELETE FROM audit_event WHERE seq > (SELECT MAX(seq) - 3 FROM audit_event)",
                restore("audit_event_no_delete", "DELETE", "audit_event"));
        Run r = verify();
        assertNamed(r, "audit trail intact", "the newest audit rows were removed");
        assertTrue(refusedAtStart().contains("the newest audit rows were removed"));
    }

    @Test
    void anAuditRowAppendedBehindLayerPressIsSeenAtStart() throws Exception {
        recordABatch(false);
        tamper("INSERT INTO audit_event SELECT seq + 1, at_utc, actor_id, actor_login, action, entity_type, entity_id, old_value, "
                + "new_value, reason, hash, hash FROM audit_event WHERE seq = (SELECT MAX(seq) FROM audit_event)");
        assertTrue(refusedAtStart().contains("no anchor line vouches for them"));
    }

    @Test
    void aPinHashCopiedOntoTheAdminIsNamedAndRefusedAtStart() throws Exception {
        recordABatch(false);
        tamper("UPDATE users SET (pin_salt, pin_hash, pin_iterations, pin_algorithm) = (SELECT pin_salt, pin_hash, pin_iterations, "
                + "pin_algorithm FROM users WHERE login = 'olga') WHERE login = 'ada'");
        String id = adaId();
        assertNamed(verify(), "evidence BROKEN: user " + id + ": users id=" + id + ": content differs from its sealed hash");
        assertTrue(refusedAtStart().contains("user " + id + ": users id=" + id + ": content differs from its sealed hash"));
    }

    @Test
    void aRoleAddedBySqlIsRefusedAtStart() throws Exception {
        recordABatch(false);
        tamper("UPDATE users SET roles = 'OPERATOR,ADMIN' WHERE login = 'olga'");
        assertTrue(refusedAtStart().contains("content differs from its sealed hash"));
        assertNamed(verify(), "users id=");
    }

    @Test
    void aUserCannotBeDeletedAndOneAddedBySqlIsNamed() throws Exception {
        recordABatch(false);
        SQLException e = assertThrows(SQLException.class, () -> tamper("DELETE FROM users WHERE login = 'olga'"));
        assertTrue(e.getMessage().contains("users are deactivated, never deleted"), e.getMessage());
        tamper("INSERT INTO users (login, full_name, roles, active, pin_must_change, demo, pin_algorithm, pin_iterations, pin_salt, pin_hash) "
                + "SELECT 'mallory', 'Mallory', 'ADMIN', TRUE, FALSE, FALSE, pin_algorithm, pin_iterations, pin_salt, pin_hash FROM users "
                + "WHERE login = 'olga'");
        assertTrue(refusedAtStart().contains("row added (it was never sealed into the audit trail)"));
    }

    private String adaId() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("layerpress"), "layerpress", "");
             Statement s = c.createStatement(); var rs = s.executeQuery("SELECT id FROM users WHERE login = 'ada'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
