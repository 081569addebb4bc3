package org.layerpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchSummary;
import org.layerpress.application.review.Amendment;
import org.layerpress.application.review.BatchReview;
import org.layerpress.application.review.QaDecision;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.signature.Signature;
import org.layerpress.domain.signature.SignatureMeaning;
import org.layerpress.domain.user.Role;
import org.layerpress.testing.TestStation;

/** The review store on its own, on a real H2 file: its guards hold even if a use case forgot one. */
class JdbcReviewStoreTest {

    @TempDir
    Path dir;
    TestStation station;
    JdbcBatchStore batches;
    JdbcReviewStore reviews;
    long quinn;
    static final Instant T = Instant.parse("2026-11-25T10:00:00.123456789Z");

    @BeforeEach
    void setUp() {
        station = TestStation.builder(dir).build();
        batches = station.stores().batches();
        reviews = station.stores().reviews();
        quinn = StoreRows.addUser(station, "quinn", null, Role.QA);
        station.transactions().inTransaction(() -> {
            batches.create(new BatchSummary("B-1", "R v1", "olga", "D10-01", T, BatchState.COMPLETE));
            return null;
        });
    }

    private Signature sign(SignatureMeaning meaning, String type) {
        return station.transactions().inTransaction(() -> station.stores().signatures().append(new Signature(0, quinn, "quinn", "Quinn Reviewer", T, meaning, "", type, "B-1",
                "ab".repeat(32))));
    }

    @Test
    void aReviewReadsBackWithItsSignatureAndWritesTheListsDecisionRow() throws Exception {
        Signature s = sign(SignatureMeaning.APPROVED, "batch");
        station.transactions().inTransaction(() -> {
            reviews.appendReview(new BatchReview("B-1", QaDecision.APPROVED, s));
            return null;
        });
        assertEquals(new BatchReview("B-1", QaDecision.APPROVED, s), station.transactions().inTransaction(() -> reviews.review("B-1")).orElseThrow());
        try (Connection c = station.database().connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT decision, decided_at FROM batch_decision WHERE batch_id = 'B-1'")) {
            assertTrue(rs.next());
            assertEquals("APPROVED", rs.getString(1));
            assertEquals(T, rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), "decided when signed, to the nanosecond");
        }
    }

    @Test
    void theStoreRefusesASecondReviewAndAnAmendmentAfterTheReview() {
        Signature s = sign(SignatureMeaning.APPROVED, "batch");
        station.transactions().inTransaction(() -> {
            reviews.appendReview(new BatchReview("B-1", QaDecision.APPROVED, s));
            return null;
        });
        Signature again = sign(SignatureMeaning.REJECTED, "batch");
        StoreException second = assertThrows(StoreException.class, () -> station.transactions().inTransaction(() -> {
            reviews.appendReview(new BatchReview("B-1", QaDecision.REJECTED, again));
            return null;
        }));
        assertTrue(second.getMessage().contains("already has a QA decision"), second.getMessage());
        Signature corr = sign(SignatureMeaning.CORRECTED, "batch-amendment");
        StoreException locked = assertThrows(StoreException.class, () -> station.transactions().inTransaction(() ->
                reviews.appendAmendment(new Amendment(0, "B-1", 3, "lot", "A", "B", "typo", corr))));
        assertTrue(locked.getMessage().contains("signed off and locked"), locked.getMessage());
        assertTrue(station.transactions().inTransaction(() -> reviews.amendments("B-1")).isEmpty());
    }

    @Test
    void amendmentsReadBackInTheOrderMadeWithTheirSignatures() {
        Signature a = sign(SignatureMeaning.CORRECTED, "batch-amendment");
        Signature b = sign(SignatureMeaning.CORRECTED, "batch-amendment");
        Amendment first = station.transactions().inTransaction(() -> reviews.appendAmendment(new Amendment(0, "B-1", 3, "lot", "A", "B", "typo", a)));
        Amendment second = station.transactions().inTransaction(() -> reviews.appendAmendment(new Amendment(0, "B-1", 0, "die.id", "D10-01", "D10-02\nX \"q\"",
                "engraving", b)));
        assertEquals(java.util.List.of(first, second), station.transactions().inTransaction(() -> reviews.amendments("B-1")));
    }

    @Test
    void aReviewOfAnUnknownBatchWritesNothing() {
        Signature s = sign(SignatureMeaning.APPROVED, "batch");
        StoreException e = assertThrows(StoreException.class, () -> station.transactions().inTransaction(() -> {
            reviews.appendReview(new BatchReview("B-404", QaDecision.APPROVED, s));
            return null;
        }));
        assertTrue(e.getMessage().contains("there is no batch B-404"), e.getMessage());
    }
}
