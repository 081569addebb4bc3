package org.layerpress.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.signature.SignatureMeaning;
import org.layerpress.domain.user.Role;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;

/** Signed amendments of finished records on a real H2 file: beside the original, never over it. */
class AmendmentTest {

    @TempDir
    Path dir;
    TestStation station;
    String id;

    @BeforeEach
    void setUp() {
        station = TestStation.builder(dir).demoUsers().build();
        id = BatchRecordBuilder.complete(station, "otto", "B-20261125-0001");
    }

    private Amendment amendLot(String corrected, String reason) {
        return station.review().amendments().amend(station.olga(), id, 8, "lot", corrected, reason, TestStation.signature("olga", "111111", ""));
    }

    @Test
    void anAmendmentStandsBesideTheOriginalWhichNeverChanges() {
        List<BatchEvent> eventsBefore = station.services().transactions().inTransaction(() -> station.stores().batches().events(id));
        String hashBefore = station.review().reader().existing(id).contentHash();

        Amendment a = amendLot("LGPS-2610-03", "label misread: the jar says 2610-03");

        assertEquals("LGPS-2610-02", a.originalValue());
        assertEquals("LGPS-2610-03", a.correctedValue());
        assertEquals(SignatureMeaning.CORRECTED, a.signature().meaning());
        assertEquals("label misread: the jar says 2610-03", a.signature().comment());
        BatchRecord after = station.review().reader().existing(id);
        assertEquals(eventsBefore, after.events(), "the recorded events are untouched");
        assertEquals("LGPS-2610-02", after.run().step(8).value("lot"), "the step still shows what was recorded");
        assertEquals("LGPS-2610-03", RecordedValues.current(after, 8, "lot").orElseThrow());
        assertEquals(List.of(a), after.amendments());
        assertNotEquals(hashBefore, after.contentHash(), "the record's content covers its amendments");
        assertEquals(1, station.auditCount(ReviewAudit.AMENDED, "olga"));
    }

    @Test
    void aSecondAmendmentOfTheSameValueKeepsTheRecordedOriginal() {
        amendLot("LGPS-2610-03", "label misread");
        Amendment second = amendLot("LGPS-2610-04", "it was the other jar");
        assertEquals("LGPS-2610-02", second.originalValue());
        assertEquals("LGPS-2610-04", RecordedValues.current(station.review().reader().existing(id), 8, "lot").orElseThrow());
    }

    @Test
    void anAmendmentNeedsAReasonAndARecordedFieldAndAChange() {
        ReviewRefusedException noReason = assertThrows(ReviewRefusedException.class, () -> amendLot("LGPS-2610-03", "  "));
        assertTrue(noReason.getMessage().contains("needs a reason"), noReason.getMessage());

        ReviewRefusedException unknown = assertThrows(ReviewRefusedException.class, () -> station.review().amendments().amend(station.olga(), id, 8,
                "colour", "blue", "why not", TestStation.signature("olga", "111111", "")));
        assertTrue(unknown.getMessage().contains("'colour' is not a value recorded in step 8"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("lot"), "names what can be amended: " + unknown.getMessage());

        ReviewRefusedException noStep = assertThrows(ReviewRefusedException.class, () -> station.review().amendments().amend(station.olga(), id, 40,
                "lot", "x", "typo", TestStation.signature("olga", "111111", "")));
        assertTrue(noStep.getMessage().contains("the recipe has 12 steps"), noStep.getMessage());

        ReviewRefusedException same = assertThrows(ReviewRefusedException.class, () -> amendLot("LGPS-2610-02", "typo"));
        assertTrue(same.getMessage().contains("nothing to amend"), same.getMessage());
        assertTrue(station.review().reader().existing(id).amendments().isEmpty());
    }

    @Test
    void theHeaderCanBeAmendedButNotTheFrozenRecipe() {
        Amendment die = station.review().amendments().amend(station.olga(), id, 0, "die.id", "D10-02", "die engraving misread at the scan",
                TestStation.signature("olga", "111111", ""));
        assertEquals(BatchRecordBuilder.DIE, die.originalValue());
        assertThrows(ReviewRefusedException.class, () -> station.review().amendments().amend(station.olga(), id, 0, "recipe.label", "Other v2",
                "wrong recipe", TestStation.signature("olga", "111111", "")));
    }

    @Test
    void aRunningBatchIsNotAmended() {
        String running = BatchRecordBuilder.running(station, "otto", "B-20261125-0002");
        ReviewRefusedException e = assertThrows(ReviewRefusedException.class, () -> station.review().amendments().amend(station.olga(), running, 3,
                "scan.code", "LPSCL-2611-08", "typo", TestStation.signature("olga", "111111", "")));
        assertTrue(e.getMessage().contains("only a COMPLETE or ABORTED batch is amended"), e.getMessage());
    }

    @Test
    void aSignedOffRecordIsLockedAgainstAmendments() {
        station.review().signOff().signOff(station.quinn(), id, QaDecision.APPROVED, TestStation.signature("quinn", "222222", ""));
        ReviewRefusedException e = assertThrows(ReviewRefusedException.class, () -> amendLot("LGPS-2610-03", "late find"));
        assertTrue(e.getMessage().contains("signed off and locked"), e.getMessage());
        assertTrue(station.review().reader().existing(id).amendments().isEmpty());
    }

    @Test
    void qaReviewersDoNotAmendAndAmendersDoNotSignOff() {
        assertThrows(AccessDeniedException.class, () -> station.review().amendments().amend(station.quinn(), id, 8, "lot", "LGPS-2610-03", "typo",
                TestStation.signature("quinn", "222222", "")));
        station.assignRoles("olga", EnumSet.of(Role.OPERATOR, Role.QA), "covers QA on weekends");
        amendLot("LGPS-2610-03", "label misread");
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> station.review().signOff().signOff(station.olga(), id, QaDecision.APPROVED, TestStation.signature("olga", "111111", "")));
        assertTrue(e.getMessage().contains("ran or amended"), e.getMessage());
    }

    @Test
    void aSignOffAfterAnAmendmentCoversIt() {
        amendLot("LGPS-2610-03", "label misread");
        BatchRecord signed = station.review().signOff().signOff(station.quinn(), id, QaDecision.APPROVED, TestStation.signature("quinn", "222222", ""));
        assertTrue(BatchRecordContent.canonical(signed).contains("corrected=\"LGPS-2610-03\""));
        assertTrue(QaSignOffUseCase.signatureBinds(signed.review().orElseThrow().signature(), signed));
    }
}
