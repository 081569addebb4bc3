package org.layerpress.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.signature.SignatureMeaning;
import org.layerpress.testing.CraftedBatch;

/** Signed amendments of finished records on a real H2 file: beside the original, never over it. */
class AmendmentTest {

    @TempDir
    Path dir;
    ReviewRig rig;
    String id;

    @BeforeEach
    void setUp() {
        rig = new ReviewRig(dir);
        id = CraftedBatch.complete(rig.station, "otto", "B-20261125-0001");
    }

    private Amendment amendLot(String corrected, String reason) {
        return rig.review.amendments().amend(rig.olga(), id, 8, "lot", corrected, reason, ReviewRig.sig("olga", "111111", ""));
    }

    @Test
    void anAmendmentStandsBesideTheOriginalWhichNeverChanges() {
        List<BatchEvent> eventsBefore = rig.station.services().transactions().inTransaction(() -> rig.batches.events(id));
        String hashBefore = rig.review.reader().existing(id).contentHash();

        Amendment a = amendLot("LGPS-2610-03", "label misread: the jar says 2610-03");

        assertEquals("LGPS-2610-02", a.originalValue());
        assertEquals("LGPS-2610-03", a.correctedValue());
        assertEquals(SignatureMeaning.CORRECTED, a.signature().meaning());
        assertEquals("label misread: the jar says 2610-03", a.signature().comment());
        BatchRecord after = rig.review.reader().existing(id);
        assertEquals(eventsBefore, after.events(), "the recorded events are untouched");
        assertEquals("LGPS-2610-02", after.run().step(8).value("lot"), "the step still shows what was recorded");
        assertEquals("LGPS-2610-03", RecordedValues.current(after, 8, "lot").orElseThrow());
        assertEquals(List.of(a), after.amendments());
        assertNotEquals(hashBefore, after.contentHash(), "the record's content covers its amendments");
        assertEquals(1, rig.station.auditCount(ReviewAudit.AMENDED, "olga"));
    }

    @Test
    void aSecondAmendmentOfTheSameValueKeepsTheRecordedOriginal() {
        amendLot("LGPS-2610-03", "label misread");
        Amendment second = amendLot("LGPS-2610-04", "it was the other jar");
        assertEquals("LGPS-2610-02", second.originalValue());
        assertEquals("LGPS-2610-04", RecordedValues.current(rig.review.reader().existing(id), 8, "lot").orElseThrow());
    }

    @Test
    void anAmendmentNeedsAReasonAndARecordedFieldAndAChange() {
        ReviewRefusedException noReason = assertThrows(ReviewRefusedException.class, () -> amendLot("LGPS-2610-03", "  "));
        assertTrue(noReason.getMessage().contains("needs a reason"), noReason.getMessage());

        ReviewRefusedException unknown = assertThrows(ReviewRefusedException.class, () -> rig.review.amendments().amend(rig.olga(), id, 8,
                "colour", "blue", "why not", ReviewRig.sig("olga", "111111", "")));
        assertTrue(unknown.getMessage().contains("'colour' is not a value recorded in step 8"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("lot"), "names what can be amended: " + unknown.getMessage());

        ReviewRefusedException noStep = assertThrows(ReviewRefusedException.class, () -> rig.review.amendments().amend(rig.olga(), id, 40,
                "lot", "x", "typo", ReviewRig.sig("olga", "111111", "")));
        assertTrue(noStep.getMessage().contains("the recipe has 12 steps"), noStep.getMessage());

        ReviewRefusedException same = assertThrows(ReviewRefusedException.class, () -> amendLot("LGPS-2610-02", "typo"));
        assertTrue(same.getMessage().contains("nothing to amend"), same.getMessage());
        assertTrue(rig.review.reader().existing(id).amendments().isEmpty());
    }

    @Test
    void theHeaderCanBeAmendedButNotTheFrozenRecipe() {
        Amendment die = rig.review.amendments().amend(rig.olga(), id, 0, "die.id", "D10-02", "die engraving misread at the scan",
                ReviewRig.sig("olga", "111111", ""));
        assertEquals(CraftedBatch.DIE, die.originalValue());
        assertThrows(ReviewRefusedException.class, () -> rig.review.amendments().amend(rig.olga(), id, 0, "recipe.label", "Other v2",
                "wrong recipe", ReviewRig.sig("olga", "111111", "")));
    }

    @Test
    void aRunningBatchIsNotAmended() {
        String running = CraftedBatch.running(rig.station, "otto", "B-20261125-0002");
        ReviewRefusedException e = assertThrows(ReviewRefusedException.class, () -> rig.review.amendments().amend(rig.olga(), running, 3,
                "scan.code", "LPSCL-2611-08", "typo", ReviewRig.sig("olga", "111111", "")));
        assertTrue(e.getMessage().contains("only a COMPLETE or ABORTED batch is amended"), e.getMessage());
    }

    @Test
    void aSignedOffRecordIsLockedAgainstAmendments() {
        rig.review.signOff().signOff(rig.quinn(), id, QaDecision.APPROVED, ReviewRig.sig("quinn", "222222", ""));
        ReviewRefusedException e = assertThrows(ReviewRefusedException.class, () -> amendLot("LGPS-2610-03", "late find"));
        assertTrue(e.getMessage().contains("signed off and locked"), e.getMessage());
        assertTrue(rig.review.reader().existing(id).amendments().isEmpty());
    }

    @Test
    void qaReviewersDoNotAmendAndAmendersDoNotSignOff() {
        assertThrows(AccessDeniedException.class, () -> rig.review.amendments().amend(rig.quinn(), id, 8, "lot", "LGPS-2610-03", "typo",
                ReviewRig.sig("quinn", "222222", "")));
        rig.giveOlgaQa();
        amendLot("LGPS-2610-03", "label misread");
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> rig.review.signOff().signOff(rig.olga(), id, QaDecision.APPROVED, ReviewRig.sig("olga", "111111", "")));
        assertTrue(e.getMessage().contains("ran or amended"), e.getMessage());
    }

    @Test
    void aSignOffAfterAnAmendmentCoversIt() {
        amendLot("LGPS-2610-03", "label misread");
        BatchRecord signed = rig.review.signOff().signOff(rig.quinn(), id, QaDecision.APPROVED, ReviewRig.sig("quinn", "222222", ""));
        assertTrue(BatchRecordContent.canonical(signed).contains("corrected=\"LGPS-2610-03\""));
        assertTrue(QaSignOffUseCase.signatureBinds(signed.review().orElseThrow().signature(), signed));
    }
}
