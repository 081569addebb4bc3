package org.layerpress.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.domain.signature.SignatureMeaning;
import org.layerpress.store.StoreException;
import org.layerpress.testing.CraftedBatch;

/** QA sign-off on a real H2 file: who may sign what, once, bound to the record's content. */
class QaSignOffTest {

    @TempDir
    Path dir;
    ReviewRig rig;

    @BeforeEach
    void setUp() {
        rig = new ReviewRig(dir);
    }

    private long signatureRows(String batchId) throws Exception {
        return rig.column("SELECT COUNT(*) FROM signature WHERE entity_id = '" + batchId + "'").stream().mapToLong(Long::parseLong).sum();
    }

    @Test
    void qaApprovesACompletedBatchAndTheSignatureBindsToTheRecordAsStored() throws Exception {
        String id = CraftedBatch.complete(rig.station, "olga", "B-20261125-0001");
        String before = rig.review.records().open(rig.quinn(), id).contentHash();

        BatchRecord signed = rig.review.signOff().signOff(rig.quinn(), id, QaDecision.APPROVED, ReviewRig.sig("quinn", "222222", "trace and lots checked"));

        assertTrue(signed.locked());
        BatchReview review = signed.review().orElseThrow();
        assertEquals(QaDecision.APPROVED, review.decision());
        assertEquals(SignatureMeaning.APPROVED, review.signature().meaning());
        assertEquals("Quinn Reviewer", review.signature().printedName());
        assertEquals(before, review.signature().contentHash(), "the signature binds to the record's canonical content");
        assertEquals(before, signed.contentHash(), "signing does not change what it signs");
        assertTrue(QaSignOffUseCase.signatureBinds(review.signature(), signed));
        assertEquals(List.of("APPROVED"), rig.column("SELECT decision FROM batch_decision WHERE batch_id = '" + id + "'"),
                "the batch list's decision row is written in the same transaction");
        assertEquals(1, rig.station.auditCount(ReviewAudit.SIGNED_OFF, "quinn"));
        assertEquals(1, rig.station.auditCount("SIGNED", "quinn"));
    }

    @Test
    void aReviewerWhoWitnessedAWeighingInTheBatchCannotSignItOff() throws Exception {
        String id = CraftedBatch.completeWitnessedBy(rig.station, "olga", "quinn", "B-20261125-0009");

        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () ->
                rig.review.signOff().signOff(rig.quinn(), id, QaDecision.APPROVED, ReviewRig.sig("quinn", "222222", "witnessed it myself")));

        assertTrue(refused.getMessage().contains("QA cannot sign a batch they operated"), refused.getMessage());
        assertEquals(0, signatureRows(id), "nothing is signed");
    }

    @Test
    void theScreenIsToldWhySignOffIsRefusedBeforeAnyPinIsTyped() {
        String witnessed = CraftedBatch.completeWitnessedBy(rig.station, "olga", "quinn", "B-20261125-0009");
        String running = CraftedBatch.running(rig.station, "olga", "B-20261125-0002");
        String complete = CraftedBatch.complete(rig.station, "olga", "B-20261125-0001");
        QaSignOffUseCase signOff = rig.review.signOff();

        assertEquals(java.util.Optional.empty(), signOff.whyNotSignable(rig.quinn(), rig.review.records().open(rig.quinn(), complete)));
        assertTrue(signOff.whyNotSignable(rig.quinn(), rig.review.records().open(rig.quinn(), witnessed)).orElseThrow()
                .startsWith("You had a hand in this batch"), "a witness of a weighing in it");
        assertEquals("The batch has not ended (running): sign-off waits until it is complete or aborted.",
                signOff.whyNotSignable(rig.quinn(), rig.review.records().open(rig.quinn(), running)).orElseThrow());
        rig.giveOlgaQa();
        assertEquals("You operated this batch: another QA reviewer signs it off.",
                signOff.whyNotSignable(rig.olga(), rig.review.records().open(rig.olga(), complete)).orElseThrow());

        signOff.signOff(rig.quinn(), complete, QaDecision.APPROVED, ReviewRig.sig("quinn", "222222", "fine"));
        assertEquals("Signed off already; the record is locked.",
                signOff.whyNotSignable(rig.quinn(), rig.review.records().open(rig.quinn(), complete)).orElseThrow());
    }

    @Test
    void aBatchStillRunningCannotBeSignedOff() throws Exception {
        String id = CraftedBatch.running(rig.station, "olga", "B-20261125-0002");
        ReviewRefusedException e = assertThrows(ReviewRefusedException.class,
                () -> rig.review.signOff().signOff(rig.quinn(), id, QaDecision.APPROVED, ReviewRig.sig("quinn", "222222", "")));
        assertTrue(e.getMessage().contains("only a COMPLETE or ABORTED batch"), e.getMessage());
        assertEquals(0, signatureRows(id));
    }

    @Test
    void anAbortedBatchIsRejectedWithAReasonButNotWithout() {
        String id = CraftedBatch.aborted(rig.station, "olga", "B-20261125-0003");
        ReviewRefusedException noReason = assertThrows(ReviewRefusedException.class,
                () -> rig.review.signOff().signOff(rig.quinn(), id, QaDecision.REJECTED, ReviewRig.sig("quinn", "222222", " ")));
        assertTrue(noReason.getMessage().contains("rejection needs a reason"), noReason.getMessage());

        BatchRecord r = rig.review.signOff().signOff(rig.quinn(), id, QaDecision.REJECTED, ReviewRig.sig("quinn", "222222", "aborted: no pellet"));
        assertEquals(SignatureMeaning.REJECTED, r.review().orElseThrow().signature().meaning());
    }

    @Test
    void qaCannotSignABatchTheyOperated() throws Exception {
        rig.giveOlgaQa();
        String id = CraftedBatch.complete(rig.station, "olga", "B-20261125-0004");

        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> rig.review.signOff().signOff(rig.olga(), id, QaDecision.APPROVED, ReviewRig.sig("olga", "111111", "")));

        assertTrue(e.getMessage().contains("QA cannot sign a batch they operated"), e.getMessage());
        assertEquals(0, signatureRows(id), "nothing was signed");
        assertFalse(rig.review.records().open(rig.olga(), id).locked());
    }

    @Test
    void someoneWhoOnlyAcknowledgedAnAlarmOfTheBatchAlsoOperatedIt() throws Exception {
        rig.giveOlgaQa();
        String id = CraftedBatch.complete(rig.station, "otto", "B-20261125-0005");
        rig.station.services().transactions().inTransaction(() -> rig.batches.append(new org.layerpress.domain.batch.BatchEvent(0, id,
                rig.station.clock().instant(), org.layerpress.domain.batch.BatchEventKind.ALARM_ACKNOWLEDGED, 5, "olga",
                java.util.Map.of("alarm.id", "A1"))));
        assertEquals(java.util.Set.of("olga", "otto"), BatchActors.of(rig.review.reader().existing(id)), "the station is not a person");

        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> rig.review.signOff().signOff(rig.olga(), id, QaDecision.APPROVED, ReviewRig.sig("olga", "111111", "")));
        assertTrue(e.getMessage().contains("QA cannot sign a batch they operated"), e.getMessage());
    }

    @Test
    void aBatchIsSignedOffOnceOnly() throws Exception {
        String id = CraftedBatch.complete(rig.station, "olga", "B-20261125-0006");
        BatchRecord first = rig.review.signOff().signOff(rig.quinn(), id, QaDecision.APPROVED, ReviewRig.sig("quinn", "222222", ""));

        ReviewRefusedException again = assertThrows(ReviewRefusedException.class,
                () -> rig.review.signOff().signOff(rig.quinn(), id, QaDecision.REJECTED, ReviewRig.sig("quinn", "222222", "second thoughts")));
        assertTrue(again.getMessage().contains("already signed off"), again.getMessage());

        // The store refuses a second review on its own too (a use case bug or a race cannot add one).
        StoreException store = assertThrows(StoreException.class, () -> rig.station.services().transactions().inTransaction(() -> {
            rig.reviews.appendReview(new BatchReview(id, QaDecision.REJECTED, first.review().orElseThrow().signature()));
            return null;
        }));
        assertTrue(store.getMessage().contains("already has a QA decision"), store.getMessage());
        assertEquals(List.of("APPROVED"), rig.column("SELECT decision FROM batch_review WHERE batch_id = '" + id + "'"));
    }

    @Test
    void anOperatorWithoutTheQaRoleCannotSignOff() throws Exception {
        String id = CraftedBatch.complete(rig.station, "otto", "B-20261125-0007");
        assertThrows(AccessDeniedException.class,
                () -> rig.review.signOff().signOff(rig.olga(), id, QaDecision.APPROVED, ReviewRig.sig("olga", "111111", "")));
        assertEquals(0, signatureRows(id));
    }

    @Test
    void aWrongPinSignsNothingAndLeavesTheRecordOpen() throws Exception {
        String id = CraftedBatch.complete(rig.station, "olga", "B-20261125-0008");
        assertThrows(AccessDeniedException.class,
                () -> rig.review.signOff().signOff(rig.quinn(), id, QaDecision.APPROVED, ReviewRig.sig("quinn", "000000", "")));
        assertEquals(0, signatureRows(id));
        assertTrue(rig.column("SELECT batch_id FROM batch_decision").isEmpty());
        assertFalse(rig.review.records().open(rig.quinn(), id).locked());
    }

    @Test
    void anUnknownBatchIsNamedInOneSentence() {
        NoSuchBatchException e = assertThrows(NoSuchBatchException.class, () -> rig.review.records().open(rig.quinn(), "B-19990101-0001"));
        assertEquals("there is no batch B-19990101-0001 in the records", e.getMessage());
    }
}
