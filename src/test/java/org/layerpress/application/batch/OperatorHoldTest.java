package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.review.RecordTimeline;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.HoldCause;
import org.layerpress.domain.batch.StepState;
import org.layerpress.sim.PlcState;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.SimulatedPress;
import org.layerpress.testing.TestStation;

/**
 * Hold… by the operator, Continue with a tapped reason and a failed inspection's reason, on the real
 * simulator over loopback and the real H2 file: who and why are in the record in the person's words.
 */
class OperatorHoldTest {

    private static final Duration HOLD = Duration.ofSeconds(1);

    @TempDir
    static Path pressDir;
    private static SimulatedPress press;

    @TempDir
    Path dir;
    private TestStation station;

    @BeforeAll
    static void startPress() {
        press = SimulatedPress.start(pressDir);
    }

    @AfterAll
    static void stopPress() {
        press.close();
    }

    @BeforeEach
    void openStation() {
        station = TestStation.builder(dir).demoUsers().on(press).build();
    }

    @AfterEach
    void tearDown() {
        if (station.sequencer().current().isPresent()) {
            station.sequencer().abort(station.olga(), "end of test");
        }
        station.close();
    }

    private List<BatchEvent> events(String id, BatchEventKind kind) {
        return station.events(id).stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    void aHoldOnAScanStepKeepsWhoAndWhyAndContinueKeepsTheReasonChosen() {
        long recipe = station.approvedRecipe("Held at scan", HOLD);
        Session olga = station.olga();
        String id = station.sequencer().start(olga, new StartBatchCommand(recipe, TestStation.DIE.id())).batchId();
        station.sequencer().confirmCheck(olga);

        BatchRefusedException noReason = assertThrows(BatchRefusedException.class, () -> station.sequencer().hold(olga, " "));
        assertTrue(noReason.getMessage().contains("needs a reason"), noReason.getMessage());
        BatchRun held = station.sequencer().hold(olga, "Glovebox problem: glove torn");

        assertEquals(BatchState.HELD, held.state());
        BatchRun stored = station.stored(id);
        assertEquals(BatchState.HELD, stored.state());
        assertEquals("Held by Olga Operator", stored.holdCause());
        assertEquals("Glovebox problem: glove torn", stored.holdReason());
        BatchEvent heldEvent = events(id, BatchEventKind.HELD).get(0);
        assertEquals(HoldCause.OPERATOR_HOLD.key(), heldEvent.value(BatchRun.CAUSE_KEY));
        assertEquals(2, heldEvent.step(), "the scan step");
        assertEquals("olga", heldEvent.actor());
        assertEquals(1, station.auditCount(AuditActions.BATCH_HELD, "olga"));
        assertThrows(BatchRefusedException.class, () -> station.sequencer().hold(olga, "Break or shift change"), "held already");

        BatchRefusedException noWhy = assertThrows(BatchRefusedException.class, () -> station.sequencer().resume(olga, Decision.CONTINUE, ""));
        assertTrue(noWhy.getMessage().contains("needs a reason"), noWhy.getMessage());
        Eventually.waitUntil("resumable", () -> station.live().resumeBlockers().isEmpty(), station.live()::resumeBlockers);
        BatchRun resumed = station.sequencer().resume(olga, Decision.CONTINUE, "Cause found and cleared");

        assertEquals(BatchState.RUNNING, resumed.state());
        assertEquals(StepState.ACTIVE, resumed.step(2).state(), "a scan that had not begun is simply taken up again");
        assertEquals("Cause found and cleared", events(id, BatchEventKind.RESUMED).get(0).value(BatchRun.REASON));
        List<RecordTimeline.DeviationLine> lines = RecordTimeline.deviations(station.review().reader().existing(id));
        assertEquals("held: Held by Olga Operator", lines.get(0).what());
        assertEquals("Glovebox problem: glove torn", lines.get(0).reason());
        assertEquals("resumed: continued", lines.get(1).what());
        assertEquals("Cause found and cleared", lines.get(1).reason());
    }

    @Test
    void aHoldWhilePressingStopsThePressAsStopDoes() {
        long recipe = station.approvedRecipe("Held while pressing", Duration.ofSeconds(30));
        Session olga = station.olga();
        String id = station.startAndLoad(olga, recipe, TestStation.DIE).batchId();
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(olga);
        Eventually.waitUntil("holding", () -> station.press().plc().state() == PlcState.HOLDING, station.press().plc()::state);

        station.sequencer().hold(olga, "Unusual noise or movement");

        Eventually.waitUntil("PLC released to IDLE", () -> station.press().plc().state() == PlcState.IDLE && station.press().plc().realForce() < 0.05,
                station.press().plc()::state);
        BatchRun stored = station.stored(id);
        assertEquals(BatchState.HELD, stored.state());
        assertEquals("Stopped by Olga Operator", stored.holdCause());
        assertEquals("Unusual noise or movement", stored.holdReason());
        assertEquals(HoldCause.OPERATOR_STOP.key(), events(id, BatchEventKind.HELD).get(0).value(BatchRun.CAUSE_KEY));
        assertEquals(1, station.auditCount(AuditActions.PRESS_STOPPED, "olga"), "recorded as the press page's Stop is");

        Eventually.waitUntil("resumable", () -> station.live().resumeBlockers().isEmpty(), station.live()::resumeBlockers);
        station.sequencer().resume(olga, Decision.CONTINUE, "Pellet checked: intact");
        BatchRun after = station.stored(id);
        assertEquals(StepState.DEVIATED, after.step(4).state(), "a cut-short press goes on as a deviation");
        assertEquals("Pellet checked: intact", after.step(4).value(BatchRun.REASON), "the operator's reason, not the station's");
        assertTrue(after.step(4).value(BatchRun.FINDINGS).contains("Stopped by Olga Operator"), after.step(4).values().toString());
    }

    @Test
    void aFailedInspectionNeedsAReasonAndKeepsIt() {
        long recipe = station.approvedRecipe("Inspected", HOLD);
        Session olga = station.olga();
        String id = station.startAndLoad(olga, recipe, TestStation.DIE).batchId();
        pressAndRelease(olga, id, 4);
        station.sequencer().loadLayer(olga, 30, "LOT-B", Optional.empty());
        pressAndRelease(olga, id, 7);
        station.sequencer().eject(olga);

        BatchRefusedException refused = assertThrows(BatchRefusedException.class,
                () -> station.sequencer().inspect(olga, Map.of("No cracks", false)));
        assertTrue(refused.getMessage().contains("needs a reason"), refused.getMessage());
        BatchRun done = station.sequencer().inspect(olga, Map.of("No cracks", false), "Crack or chip: edge chipped");

        assertEquals(BatchState.COMPLETE, done.state());
        int inspect = done.steps().size();
        BatchRun stored = station.stored(id);
        assertEquals(StepState.DEVIATED, stored.step(inspect).state());
        assertEquals("Crack or chip: edge chipped", stored.step(inspect).value(BatchRun.REASON));
        RecordTimeline.DeviationLine line = RecordTimeline.deviations(station.review().reader().existing(id)).stream()
                .filter(d -> d.step() == inspect).findFirst().orElseThrow();
        assertEquals("Crack or chip: edge chipped", line.reason());
    }

    private void pressAndRelease(Session s, String id, int pressStep) {
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(s);
        Eventually.waitUntil("pressed", () -> station.stored(id).step(pressStep).state() == StepState.CONFIRMED, () -> station.sequencer().current());
        station.sequencer().release(s);
        Eventually.waitUntil("released", () -> station.stored(id).step(pressStep + 1).state() == StepState.CONFIRMED,
                () -> station.sequencer().current());
    }
}
