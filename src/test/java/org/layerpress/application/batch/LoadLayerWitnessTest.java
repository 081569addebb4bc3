package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.audit.AuditFilter;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.Witness;
import org.layerpress.domain.audit.AuditRecord;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.user.Pin;
import org.layerpress.testing.TestStation;

/**
 * Second-person verification of a weighing (a LOAD_LAYER step whose recipe asks for a witness) on
 * the real sequencer and H2 file; the weighing needs no PLC, so the OPC UA adapter stays unopened.
 * One station for the class: each test runs its own batch up to the witnessed step and aborts it
 * afterwards.
 */
class LoadLayerWitnessTest {

    @TempDir
    static Path dir;
    private static TestStation station;
    private static long recipe;
    private Session olga;
    private String batchId;

    @BeforeAll
    static void openStation() {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        recipe = station.approvedRecipe("Witnessed", Duration.ofSeconds(1), true);
    }

    @AfterAll
    static void closeStation() {
        station.close();
    }

    @AfterEach
    void abortTheBatch() {
        if (station.sequencer().current().isPresent()) {
            station.sequencer().abort(olga, "end of test");
        }
    }

    /** Steps 1–2 of a fresh batch; step 3 is the witnessed weighing. */
    private void upToTheWeighing() {
        olga = station.olga();
        batchId = station.sequencer().start(olga, new StartBatchCommand(recipe, TestStation.DIE.id())).batchId();
        station.sequencer().confirmCheck(olga);
        station.sequencer().confirmScan(olga, TestStation.DIE.id());
    }

    private int eventCount() {
        return station.services().transactions().inTransaction(() -> station.stores().batches().events(batchId)).size();
    }

    @Test
    void aWitnessedWeighingConfirmsTheStepAndRecordsTheWitnessInTheStepAndTheAuditTrail() {
        upToTheWeighing();
        long before = station.auditCount(AuditActions.STEP_WITNESSED, "quinn");

        station.sequencer().loadLayer(olga, 60.5, "LOT-A", Optional.empty(), Optional.of(Witness.byLogin("quinn", Pin.of("222222"))));

        StepRun step = station.stored(batchId).step(3);
        assertEquals(StepState.CONFIRMED, step.state());
        assertEquals("60.5", step.value("mass.mg"));
        assertEquals("quinn", step.value("witness"));
        assertEquals("Quinn Reviewer", step.value("witness.name"));
        assertEquals(station.clock().instant().toString(), step.value("witness.at"));
        assertEquals(StepState.ACTIVE, station.stored(batchId).step(4).state(), "the press step is next");
        assertEquals(before + 1, station.auditCount(AuditActions.STEP_WITNESSED, "quinn"));
        AuditRecord row = witnessedRows().get(0);
        assertEquals(batchId, row.entry().entityId());
        assertTrue(row.entry().newValue().contains("60.5 mg of Li6PS5Cl, lot LOT-A, entered by olga"), row.entry().newValue());
    }

    private List<AuditRecord> witnessedRows() {
        Session ada = station.loginAs("ada", "999999");
        try {
            return station.services().audit().find(ada, new AuditFilter(Optional.of("quinn"), Optional.of(AuditActions.ENTITY_BATCH),
                    Optional.of(batchId), Optional.empty(), Optional.empty(), 10));
        } finally {
            olga = station.olga();
        }
    }

    @Test
    void withoutAWitnessTheWeighingIsRefusedInWordsAndNothingIsWritten() {
        upToTheWeighing();
        int events = eventCount();
        long audit = station.auditTotal();

        BatchRefusedException e = assertThrows(BatchRefusedException.class, () -> station.sequencer().loadLayer(olga, 60.5, "LOT-A", Optional.empty()));

        assertTrue(e.getMessage().contains("needs a second person to witness the mass and lot"), e.getMessage());
        assertEquals(events, eventCount(), "no batch event");
        assertEquals(audit, station.auditTotal(), "no audit row");
        assertEquals(StepState.ACTIVE, station.stored(batchId).step(3).state());
    }

    @Test
    void theOperatorCannotWitnessTheirOwnWeighingByNameOrBadge() {
        upToTheWeighing();
        int events = eventCount();

        BatchRefusedException byName = assertThrows(BatchRefusedException.class, () -> station.sequencer().loadLayer(olga, 60.5, "LOT-A",
                Optional.empty(), Optional.of(Witness.byLogin("olga", Pin.of("111111")))));
        BatchRefusedException byBadge = assertThrows(BatchRefusedException.class, () -> station.sequencer().loadLayer(olga, 60.5, "LOT-A",
                Optional.empty(), Optional.of(Witness.byBadge("B-1001", Pin.of("111111")))));

        assertTrue(byName.getMessage().contains("must be a second person"), byName.getMessage());
        assertTrue(byBadge.getMessage().contains("must be a second person"), byBadge.getMessage());
        assertEquals(events, eventCount(), "no batch event");
        assertEquals(StepState.ACTIVE, station.stored(batchId).step(3).state());
        assertEquals(2, station.auditCount(AuditActions.WITNESS_REFUSED, "olga"), "each refusal is audited");
    }

    @Test
    void aWrongWitnessPinIsRefusedAndCountsTowardTheWitnessLockout() {
        upToTheWeighing();
        int events = eventCount();
        int failedBefore = station.user("sue").failedPinAttempts();

        // Sue (Supervisor) is refused for her PIN before her role is looked at: a wrong PIN is a wrong PIN.
        BatchRefusedException e = assertThrows(BatchRefusedException.class, () -> station.sequencer().loadLayer(olga, 60.5, "LOT-A",
                Optional.empty(), Optional.of(Witness.byLogin("sue", Pin.of("000000")))));

        assertTrue(e.getMessage().contains("Wrong PIN. 4 tries left"), e.getMessage());
        assertEquals(failedBefore + 1, station.user("sue").failedPinAttempts());
        assertEquals(1, station.auditCount(AuditActions.PIN_REJECTED, "sue"));
        assertEquals(events, eventCount(), "no batch event");
        assertEquals(StepState.ACTIVE, station.stored(batchId).step(3).state());
    }

    @Test
    void aWitnessWhoMayNeitherRunNorReviewBatchesIsRefused() {
        upToTheWeighing();
        int events = eventCount();

        BatchRefusedException e = assertThrows(BatchRefusedException.class, () -> station.sequencer().loadLayer(olga, 60.5, "LOT-A",
                Optional.empty(), Optional.of(Witness.byLogin("ada", Pin.of("999999")))));

        assertTrue(e.getMessage().contains("needs the Operator or QA role"), e.getMessage());
        assertEquals(events, eventCount());
        assertFalse(station.stored(batchId).step(3).state().done());
    }

    @Test
    void anOutOfToleranceWitnessedWeighingStillNeedsAReasonAndEndsDeviatedWithItsWitness() {
        upToTheWeighing();
        Optional<Witness> quinn = Optional.of(Witness.byBadge("B-1002", Pin.of("222222")));
        assertThrows(BatchRefusedException.class, () -> station.sequencer().loadLayer(olga, 65, "LOT-A", Optional.empty(), quinn));
        assertEquals(0, station.user("quinn").failedPinAttempts(), "no PIN is spent on a weighing that cannot be recorded");

        station.sequencer().loadLayer(olga, 65, "LOT-A", Optional.of("last of the lot"), quinn);

        StepRun step = station.stored(batchId).step(3);
        assertEquals(StepState.DEVIATED, step.state());
        assertEquals("quinn", step.value("witness"));
        assertEquals("last of the lot", step.value("reason"));
    }
}
