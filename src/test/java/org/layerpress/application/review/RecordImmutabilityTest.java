package org.layerpress.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.DatabaseRefusals;
import org.layerpress.testing.TestStation;

/**
 * The database itself refuses to change a completed, amended and signed-off record, whatever SQL
 * is sent with the file at hand (the application is not the only barrier).
 */
class RecordImmutabilityTest {

    @TempDir
    Path dir;
    TestStation station;
    String id;
    String hash;

    @BeforeEach
    void setUp() {
        station = TestStation.builder(dir).demoUsers().build();
        id = BatchRecordBuilder.complete(station, "otto", "B-20261125-0001");
        station.review().amendments().amend(station.olga(), id, 8, "lot", "LGPS-2610-03", "label misread", TestStation.signature("olga", "111111", ""));
        station.review().signOff().signOff(station.quinn(), id, QaDecision.APPROVED, TestStation.signature("quinn", "222222", ""));
        hash = station.review().reader().existing(id).contentHash();
    }

    private void refused(String sql, String expected) {
        DatabaseRefusals.refusedWith(expected, () -> station.sql(sql));
    }

    @Test
    void eventsOfACompletedRecordCannotBeUpdatedDeletedOrTruncated() {
        refused("UPDATE batch_event SET actor = 'mallory' WHERE batch_id = '" + id + "'", "batch_event table is append-only");
        refused("DELETE FROM batch_event WHERE batch_id = '" + id + "' AND kind = 'STEP_DEVIATED'", "batch_event table is append-only");
        refused("UPDATE batch SET state = 'RUNNING' WHERE batch_id = '" + id + "'", "record is closed");
        refused("DELETE FROM batch WHERE batch_id = '" + id + "'", "batch records are kept");
        DatabaseRefusals.truncateRefused(station, "batch_event");
    }

    @Test
    void traceSamplesCannotBeUpdatedDeletedOrTruncated() {
        // Samples are stored as compact chunks (V8, ADR 0005); V7's trace_point rows are guarded alike.
        refused("UPDATE trace_chunk SET data = X'00' WHERE batch_id = '" + id + "' AND step = 5", "trace_chunk table is append-only");
        refused("DELETE FROM trace_chunk WHERE batch_id = '" + id + "'", "trace_chunk table is append-only");
        DatabaseRefusals.truncateRefused(station, "trace_chunk");
    }

    @Test
    void theReviewAndTheAmendmentsCannotBeUpdatedDeletedOrTruncated() throws Exception {
        // Rows to lose: a refused TRUNCATE of an empty table would prove little.
        assertEquals(List.of("1"), station.column("SELECT COUNT(*) FROM batch_review WHERE batch_id = '" + id + "'"));
        assertEquals(List.of("1"), station.column("SELECT COUNT(*) FROM batch_amendment WHERE batch_id = '" + id + "'"));
        refused("UPDATE batch_review SET decision = 'REJECTED' WHERE batch_id = '" + id + "'", "batch_review table is append-only");
        refused("DELETE FROM batch_review WHERE batch_id = '" + id + "'", "batch_review table is append-only");
        DatabaseRefusals.truncateRefused(station, "batch_review");
        refused("UPDATE batch_amendment SET corrected_value = 'LGPS-9999' WHERE batch_id = '" + id + "'", "batch_amendment table is append-only");
        refused("DELETE FROM batch_amendment WHERE batch_id = '" + id + "'", "batch_amendment table is append-only");
        DatabaseRefusals.truncateRefused(station, "batch_amendment");
    }

    @Test
    void afterEveryRefusalTheRecordAndItsSignatureAreAsSigned() throws Exception {
        for (String sql : List.of("UPDATE batch_event SET actor = 'mallory'", "DELETE FROM trace_chunk", "UPDATE batch_review SET decision = 'REJECTED'",
                "DELETE FROM batch_amendment")) {
            DatabaseRefusals.refusedWith("append-only", () -> station.sql(sql));
        }
        for (String table : List.of("batch_event", "trace_chunk", "batch_review", "batch_amendment")) {
            DatabaseRefusals.truncateRefused(station, table);
        }
        BatchRecord r = station.review().reader().existing(id);
        assertEquals(hash, r.contentHash());
        assertTrue(QaSignOffUseCase.signatureBinds(r.review().orElseThrow().signature(), r));
        assertEquals(List.of("APPROVED"), station.column("SELECT decision FROM batch_review"));
    }
}
