package org.layerpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real H2 file database whose triggers and schema history are changed behind LayerPress's back, then reopened. */
class EvidenceGuardsTest {

    @TempDir
    Path dir;

    @Test
    void aFreshDatabaseHasEveryTriggerTheMigrationsMake() throws Exception {
        try (Database db = Database.open(dir); Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT TRIGGER_NAME) FROM INFORMATION_SCHEMA.TRIGGERS")) {
            assertEquals(List.of(), EvidenceGuards.check(db));
            List<String> expected = EvidenceGuards.expectedTriggers(Database.flyway(db.dataSource())).stream().map(EvidenceGuards.Expected::name).toList();
            assertTrue(expected.containsAll(List.of("AUDIT_EVENT_NO_UPDATE", "BATCH_EVENT_NO_DELETE", "TRACE_CHUNK_NO_UPDATE",
                    "BATCH_DECISION_NO_DELETE", "BATCH_REVIEW_NO_UPDATE", "RECIPE_VERSION_LOCKED", "BATCH_GUARD")), expected.toString());
            rs.next();
            assertEquals(rs.getInt(1), expected.size(), "every trigger in the database is one the migrations made");
        }
    }

    @Test
    void aDroppedTriggerIsRefusedAtTheNextStartNamingIt() throws Exception {
        sql("DROP TRIGGER batch_event_no_update");

        EvidenceTamperedException e = assertThrows(EvidenceTamperedException.class, () -> Database.open(dir));

        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("trigger BATCH_EVENT_NO_UPDATE (BEFORE UPDATE ON BATCH_EVENT, from V7__batches.sql) is missing"),
                e.problems().get(0));
        assertTrue(e.getMessage().contains("UPDATE of BATCH_EVENT rows is no longer refused"), e.getMessage());
        assertTrue(e.getMessage().contains("Nothing was recorded"), e.getMessage());
    }

    @Test
    void everyDroppedTriggerIsNamed() throws Exception {
        sql("DROP TRIGGER trace_chunk_no_delete", "DROP TRIGGER batch_decision_no_update", "DROP TRIGGER batch_review_no_delete");

        EvidenceTamperedException e = assertThrows(EvidenceTamperedException.class, () -> Database.open(dir));

        assertEquals(3, e.problems().size(), e.problems().toString());
        for (String name : List.of("TRACE_CHUNK_NO_DELETE", "BATCH_DECISION_NO_UPDATE", "BATCH_REVIEW_NO_DELETE")) {
            assertTrue(e.getMessage().contains("trigger " + name + " "), name + ": " + e.getMessage());
        }
    }

    @Test
    void aTriggerRecreatedToFireOnSomethingElseIsRefused() throws Exception {
        sql("DROP TRIGGER batch_flag_no_delete",
                "CREATE TRIGGER batch_flag_no_delete BEFORE SELECT ON batch_flag CALL \"org.layerpress.store.AppendOnlyTrigger\"");

        EvidenceTamperedException e = assertThrows(EvidenceTamperedException.class, () -> Database.open(dir));

        assertTrue(e.getMessage().contains("trigger BATCH_FLAG_NO_DELETE (BEFORE DELETE ON BATCH_FLAG, from V8__trace_chunks_and_batch_list.sql) was replaced"),
                e.getMessage());
    }

    @Test
    void aMigrationWhoseRecordedChecksumWasChangedIsRefusedNamingIt() throws Exception {
        sql("UPDATE \"flyway_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = '9'");

        EvidenceTamperedException e = assertThrows(EvidenceTamperedException.class, () -> Database.open(dir));

        assertTrue(e.getMessage().contains("migration 9 (batch reviews) does not match its script"), e.getMessage());
    }

    @Test
    void inspectionOpensATamperedDatabaseSoItCanBeReported() throws Exception {
        sql("DROP TRIGGER signature_no_delete");
        try (Database db = Database.openForInspection(dir)) {
            List<String> problems = EvidenceGuards.check(db);
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).contains("SIGNATURE_NO_DELETE"), problems.get(0));
        }
    }

    /** Runs {@code statements} on the database in {@code dir} (created if needed) as someone with a SQL tool would, and closes it. */
    private void sql(String... statements) throws Exception {
        try (Database db = Database.open(dir); Connection c = db.connection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
