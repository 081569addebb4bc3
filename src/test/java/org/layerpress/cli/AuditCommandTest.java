package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.domain.audit.AuditEntry;
import org.layerpress.testing.TestStation;

/** {@code layerpress audit verify} on a real H2 file database. */
class AuditCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    Run verify() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), "audit", "verify", "--data-dir", dir.toString());
        return new Run(exit, out.toString(), err.toString());
    }

    void appendRows(int n) {
        try (TestStation station = TestStation.builder(dir).build()) {
            for (int i = 1; i <= n; i++) {
                AuditEntry e = new AuditEntry(Instant.now(), 1, "anna", "STEP_CONFIRMED", "BATCH", "B-1", "", "step " + i, "");
                station.transactions().inTransaction(() -> station.stores().audit().append(e));
            }
        }
    }

    /** Runs {@code statements} on the station's database as someone with the file and a SQL tool would. */
    void tamper(String... statements) throws Exception {
        try (TestStation station = TestStation.builder(dir).build(); Connection c = station.database().connection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    @Test
    void intactTrailExitsZeroAndSaysIntact() {
        appendRows(12);
        Run r = verify();
        assertEquals(0, r.exit(), r.out() + r.err());
        // The 12 appended and the two rows of the first open saying where the sealing of settings and running batches began.
        assertTrue(r.out().contains("rows checked: 14"), r.out());
        assertTrue(r.out().contains("audit trail intact"), r.out());
        assertTrue(r.out().contains("evidence guards intact"), r.out());
    }

    @Test
    void tamperedRowExitsOneAndIsNamedBySequence() throws Exception {
        appendRows(12);
        tamper("DROP TRIGGER audit_event_no_update", "UPDATE audit_event SET actor_login = 'bert' WHERE seq = 8");
        Run r = verify();
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("BROKEN at sequence 8: hash does not match content"), r.out());
        assertTrue(r.out().contains("evidence guard BROKEN: trigger AUDIT_EVENT_NO_UPDATE"), r.out());
    }

    @Test
    void droppedTriggerExitsOneAndIsNamedBesideAnIntactChain() throws Exception {
        appendRows(3);
        tamper("DROP TRIGGER batch_event_no_delete");
        Run r = verify();
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("audit trail intact"), r.out());
        assertTrue(r.out().contains("evidence guard BROKEN: trigger BATCH_EVENT_NO_DELETE (BEFORE DELETE ON BATCH_EVENT, from V7__batches.sql) is missing"), r.out());
    }

    @Test
    void missingDatabaseExitsTwoWithoutCreatingOne() {
        Run r = verify();
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("no database at"), r.err());
        assertTrue(!dir.resolve("layerpress.mv.db").toFile().exists());
    }
}
