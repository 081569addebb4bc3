package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.sim.FaultCode;
import org.layerpress.sim.PlcState;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.SimulatedPress;
import org.layerpress.testing.TestStation;

/**
 * The sequencer against the real simulator over loopback and the real H2 file store: one simulator
 * for the class, settled before each test, and a fresh station (database, sequencer) per test.
 */
class BatchSequencerTest {

    private static final Duration HOLD = Duration.ofSeconds(2);

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

    /** A batch left open would keep the shared press busy for the next test. */
    @AfterEach
    void tearDown() {
        if (station.sequencer().current().isPresent()) {
            station.sequencer().abort(station.olga(), "end of test");
        }
        station.close();
    }

    private void waitForStep(int step, StepState state) {
        Eventually.waitUntil("step " + step + " " + state,
                () -> station.sequencer().current().map(r -> r.step(step).state() == state).orElse(true)
                        && station.stored(batchId()).step(step).state() == state,
                () -> station.sequencer().current());
    }

    private String lastBatch;

    private String batchId() {
        return lastBatch;
    }

    private void pressAndRelease(Session s, int pressStep) {
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(s);
        waitForStep(pressStep, StepState.CONFIRMED);
        assertTrue(s.boundToRunningStep(), "the press holds force until the release: no idle logout before it");
        station.sequencer().release(s);
        waitForStep(pressStep + 1, StepState.CONFIRMED);
        assertFalse(s.boundToRunningStep(), "released: the idle timeout applies again");
    }

    @Test
    void aWholeRecipeRunsToCompleteWithATraceForEachPressStep() throws Exception {
        long recipe = station.approvedRecipe("Fast bilayer", HOLD);
        Session s = station.olga();
        List<BatchRun> seen = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        station.sequencer().addListener(r -> {
            seen.add(r);
            threads.add(Thread.currentThread().getName());
        });
        BatchRun run = station.startAndLoad(s, recipe, TestStation.DIE);
        lastBatch = run.batchId();
        assertTrue(run.batchId().matches("B-20261125-\\d{4}"), run.batchId());
        BatchRun stored = station.stored(lastBatch);
        assertEquals("Fast bilayer", stored.recipe().name(), "the control recipe is read back from the frozen file");
        assertFalse(stored.recipeHash().isEmpty());
        Map<String, String> header = station.services().transactions().inTransaction(() -> station.stores().batches().events(lastBatch)).get(0).values();
        assertEquals(station.press().simulator().endpointUrl(), header.get("press.endpoint"), "the batch names the PLC it ran on");
        assertEquals(StepState.CONFIRMED, stored.step(3).state(), "committed before loadLayer returned");
        assertEquals("60.5", stored.step(3).value("mass.mg"));

        pressAndRelease(s, 4);
        station.sequencer().loadLayer(s, 30, "LOT-B", Optional.empty());
        pressAndRelease(s, 7);
        station.sequencer().eject(s);
        BatchRun done = station.sequencer().inspect(s, Map.of("No cracks", true));

        assertEquals(BatchState.COMPLETE, done.state());
        assertTrue(station.sequencer().current().isEmpty(), "a finished batch is closed");
        BatchRun record = station.stored(lastBatch);
        assertEquals(BatchState.COMPLETE, record.state());
        assertTrue(record.steps().stream().allMatch(st -> st.state() == StepState.CONFIRMED), record::toString);
        for (int step : new int[] {4, 7}) {
            List<TracePoint> trace = station.sequencer().trace(lastBatch, step);
            assertTrue(trace.size() > 50, "step " + step + " traced: " + trace.size());
            double peak = trace.stream().mapToDouble(TracePoint::forceKiloNewtons).max().orElse(0);
            assertEquals(7.85, peak, 0.3, "100 MPa in a 10 mm die");
            Map<String, String> v = record.step(step).values();
            assertEquals("7.854", v.get("setpoint.kN"));
            assertEquals(100, Double.parseDouble(v.get("holdMean.MPa")), 2);
            assertFalse(v.get("toSetpoint.s").isEmpty());
        }
        assertFalse(record.step(5).value("springback.mm").isEmpty());
        assertEquals(BatchState.COMPLETE, station.summaryState(lastBatch));
        Eventually.waitUntil("listeners told", () -> seen.stream().anyMatch(r -> r.state() == BatchState.COMPLETE));
        assertTrue(threads.stream().allMatch("batch-sequencer"::equals), "listeners run on the sequencer's thread: " + threads);
        assertThrows(BatchRefusedException.class, () -> station.sequencer().confirmCheck(s), "nothing after COMPLETE");
    }

    @Test
    void stepsRunStrictlyInOrderAndTheDieScanMustMatch() throws Exception {
        long recipe = station.approvedRecipe("Order", HOLD);
        Session s = station.olga();
        lastBatch = station.sequencer().start(s, new StartBatchCommand(recipe, TestStation.DIE.id())).batchId();
        assertThrows(BatchRefusedException.class, () -> station.sequencer().confirmScan(s, TestStation.DIE.id()), "CHECK comes first");
        assertThrows(BatchRefusedException.class, () -> station.sequencer().startPress(s));
        assertTrue(station.sequencer().pressBlockers().contains("previous step not confirmed"));
        station.sequencer().confirmCheck(s);
        BatchRefusedException wrongDie = assertThrows(BatchRefusedException.class, () -> station.sequencer().confirmScan(s, "D13-07"));
        assertEquals("Die D13-07 is not the die chosen at start (" + TestStation.DIE.id() + "): mount " + TestStation.DIE.id()
                + " and scan its label, or abort the batch to use D13-07.", wrongDie.getMessage());
        assertEquals(StepState.ACTIVE, station.stored(lastBatch).step(2).state(), "another die is refused, not recorded");
        station.sequencer().confirmScan(s, TestStation.DIE.id());
        assertThrows(BatchRefusedException.class, () -> station.sequencer().start(s, new StartBatchCommand(recipe, TestStation.DIE.id())),
                "one open batch at a time");
    }

    @Test
    void outOfToleranceMassNeedsAReasonAndEndsDeviated() throws Exception {
        long recipe = station.approvedRecipe("Mass", HOLD);
        Session s = station.olga();
        lastBatch = station.sequencer().start(s, new StartBatchCommand(recipe, TestStation.DIE.id())).batchId();
        station.sequencer().confirmCheck(s);
        station.sequencer().confirmScan(s, TestStation.DIE.id());
        BatchRefusedException e = assertThrows(BatchRefusedException.class, () -> station.sequencer().loadLayer(s, 65, "LOT-A", Optional.empty()));
        assertTrue(e.getMessage().contains("outside 60 ± 2 mg"), e.getMessage());
        assertThrows(BatchRefusedException.class, () -> station.sequencer().loadLayer(s, 65, "LOT-A", Optional.of("  ")));
        assertEquals(StepState.ACTIVE, station.stored(lastBatch).step(3).state());
        station.sequencer().loadLayer(s, 65, "LOT-A", Optional.of("last of the lot; pellet for a trial"));
        StepRun step = station.stored(lastBatch).step(3);
        assertEquals(StepState.DEVIATED, step.state());
        assertEquals("last of the lot; pellet for a trial", step.value("reason"));
        assertEquals("65", step.value("mass.mg"));
        assertEquals(StepState.ACTIVE, station.stored(lastBatch).step(4).state(), "the batch goes on after a recorded deviation");
    }

    @Test
    void eachBlockerBlocksStartInWords() throws Exception {
        long recipe = station.approvedRecipe("Blockers", HOLD);
        Session s = station.olga();
        lastBatch = station.startAndLoad(s, recipe, TestStation.DIE).batchId();
        Eventually.waitUntil("clear", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);

        station.press().plc().setDoorClosed(false);
        assertBlocked(s, "door open");
        station.press().plc().setDoorClosed(true);
        Eventually.waitUntil("clear", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);

        station.press().plc().setEstopOk(false);
        assertBlocked(s, "e-stop pressed");
        station.press().plc().setEstopOk(true);
        Eventually.waitUntil("clear", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);

        // A latched PLC fault (a START with a zero setpoint, sent behind the sequencer's back) makes it not ready.
        station.port().write(StandardSignal.SETPOINT_FORCE, 0);
        station.port().command(StandardSignal.START);
        Eventually.waitUntil("fault latched", () -> station.press().plc().faultCode() == FaultCode.SETPOINT_OUT_OF_RANGE, station.press().plc()::faultCode);
        assertBlocked(s, "PLC not ready");
        station.port().command(StandardSignal.RESET); // only reset acknowledges a fault (PLC contract T14, T16)
        Eventually.waitUntil("clear", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);

        station.press().simulator().stopServer();
        assertBlocked(s, "PLC link not connected");
        station.press().simulator().start();
        Eventually.waitUntil("clear", Duration.ofSeconds(30), () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);

        assertEquals(PlcState.IDLE, station.press().plc().state(), "nothing was started");
        assertTrue(station.stored(lastBatch).step(4).value("setpoint.kN").isEmpty());
    }

    private void assertBlocked(Session s, String words) {
        Eventually.waitUntil(words, () -> station.sequencer().pressBlockers().contains(words), station.sequencer()::pressBlockers);
        BatchRefusedException e = assertThrows(BatchRefusedException.class, () -> station.sequencer().startPress(s));
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }

    @Test
    void aSetpointAboveTheDieRatingIsRefusedAndNothingIsWritten() throws Exception {
        long recipe = station.approvedRecipe("Weak die", HOLD);
        Session s = station.olga();
        double before = station.press().simulator().image().get(StandardSignal.SETPOINT_FORCE);
        lastBatch = station.startAndLoad(s, recipe, TestStation.WEAK_DIE).batchId();
        Eventually.waitUntil("clear", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        BatchRefusedException e = assertThrows(BatchRefusedException.class, () -> station.sequencer().startPress(s));
        assertTrue(e.getMessage().contains("above the rating of die D10-WEAK (5.0 kN)"), e.getMessage());
        assertEquals(before, station.press().simulator().image().get(StandardSignal.SETPOINT_FORCE), "no setpoint written");
        assertEquals(PlcState.IDLE, station.press().plc().state());
        StepRun step = station.stored(lastBatch).step(4);
        assertEquals(StepState.ACTIVE, step.state());
        assertTrue(step.value("refused").contains("7.85 kN"), step.value("refused"));
    }

    @Test
    void aLeakDuringTheHoldEndsTheStepDeviatedWithALeakAlarm() throws Exception {
        long recipe = station.approvedRecipe("Leak", HOLD);
        Session s = station.olga();
        lastBatch = station.startAndLoad(s, recipe, TestStation.DIE).batchId();
        Eventually.waitUntil("clear", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(s);
        Eventually.waitUntil("holding", () -> station.press().plc().state() == PlcState.HOLDING, station.press().plc()::state);
        station.press().plc().injectLeak(2.0);
        waitForStep(4, StepState.DEVIATED);
        station.press().plc().clearLeak();
        BatchRun record = station.stored(lastBatch);
        StepRun step = record.step(4);
        assertTrue(step.value("findings").contains("DECAY_LEAK"), step.values().toString());
        assertTrue(record.alarms().stream().anyMatch(a -> a.cause().equals("DECAY_LEAK") && a.state() == AlarmState.RETURNED_UNACKNOWLEDGED),
                record.alarms().toString());
        BatchAlarm leak = record.alarms().stream().filter(a -> a.cause().equals("DECAY_LEAK")).findFirst().orElseThrow();
        station.sequencer().acknowledgeAlarm(s, leak.id());
        assertEquals(AlarmState.NORMAL, station.stored(lastBatch).alarms().stream().filter(a -> a.id().equals(leak.id())).findFirst().orElseThrow().state());
        assertEquals(StepState.ACTIVE, record.step(5).state(), "release is next");
    }

    @Test
    void anOverPressureSpikeRaisesAnOvershootAlarm() throws Exception {
        long recipe = station.approvedRecipe("Spike", HOLD);
        Session s = station.olga();
        lastBatch = station.startAndLoad(s, recipe, TestStation.DIE).batchId();
        Eventually.waitUntil("clear", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(s);
        Eventually.waitUntil("holding", () -> station.press().plc().state() == PlcState.HOLDING, station.press().plc()::state);
        station.press().plc().injectOverPressureSpike(3.0, 0.3);
        waitForStep(4, StepState.DEVIATED);
        BatchRun record = station.stored(lastBatch);
        assertTrue(record.step(4).value("findings").contains("OVER_PRESSURE"), record.step(4).values().toString());
        assertTrue(record.alarms().stream().anyMatch(a -> a.cause().equals("OVER_PRESSURE") && a.priority() == AlarmPriority.HIGH));
    }

    @Test
    void aLinkDropDuringTheHoldHoldsTheBatchWithAGapThenResumes() throws Exception {
        long recipe = station.approvedRecipe("Link", Duration.ofSeconds(5));
        Session s = station.olga();
        lastBatch = station.startAndLoad(s, recipe, TestStation.DIE).batchId();
        Eventually.waitUntil("clear", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(s);
        assertTrue(s.boundToRunningStep(), "the operator's session stays during a press step");
        Eventually.waitUntil("holding", () -> station.press().plc().state() == PlcState.HOLDING, station.press().plc()::state);

        station.press().simulator().stopServer();
        long stopped = System.nanoTime();
        Eventually.waitUntil("held", () -> station.stored(lastBatch).state() == BatchState.HELD, () -> station.sequencer().current());
        double seconds = (System.nanoTime() - stopped) / 1e9;
        assertTrue(seconds <= 1.0, "HELD within 1 s of the link drop, took " + seconds + " s");
        BatchRun held = station.stored(lastBatch);
        assertTrue(held.holdCause().contains("PLC link lost"), held.holdCause());
        assertEquals(1, held.traceGaps());
        // The session is let go just after the HELD commit returns, and that commit now also writes its seal's anchor line.
        Eventually.waitUntil("session let go", () -> !s.boundToRunningStep(), s::boundToRunningStep);
        int tracedBefore = station.sequencer().trace(lastBatch, 4).size();
        assertTrue(tracedBefore > 10, "the trace up to the drop is kept: " + tracedBefore);
        assertThrows(BatchRefusedException.class, () -> station.sequencer().resume(s, Decision.REPEAT_STEP), "no resume without the link");

        station.press().simulator().start();
        Eventually.waitUntil("link back", Duration.ofSeconds(30), () -> station.live().link().state() == LinkState.CONNECTED, station.live()::link);
        Eventually.waitUntil("interlocks known", () -> station.live().isTrue(StandardSignal.DOOR_CLOSED) && station.live().isTrue(StandardSignal.ESTOP_OK),
                station.live()::snapshot);
        // The PLC may have stopped the press for the stale heartbeat (fault 3) while the link was down: reset by hand at the press.
        if (station.press().plc().faultCode() != FaultCode.NONE) {
            Eventually.waitUntil("released", () -> station.press().plc().state() == PlcState.IDLE, station.press().plc()::state);
            station.press().simulator().fireCommand(StandardSignal.RESET);
            Eventually.waitUntil("no fault latched", () -> station.live().fault().isEmpty(), station.live()::snapshot);
        }
        station.sequencer().resume(s, Decision.REPEAT_STEP);
        BatchRun resumed = station.stored(lastBatch);
        assertEquals(BatchState.RUNNING, resumed.state());
        assertEquals(2, resumed.step(4).attempts());
        assertTrue(resumed.alarms().stream().anyMatch(a -> a.cause().equals("LINK_LOST") && a.state() == AlarmState.RETURNED_UNACKNOWLEDGED));
        List<BatchEvent> events = station.services().transactions().inTransaction(() -> station.stores().batches().events(lastBatch));
        assertTrue(events.stream().anyMatch(e -> e.kind() == BatchEventKind.RESUMED && e.value("decision").equals("REPEAT_STEP") && e.actor().equals("olga")));
        assertTrue(events.stream().anyMatch(e -> e.kind() == BatchEventKind.TRACE_GAP && e.step() == 4));

        // The repeat presses the step again from the start (the resume released the interrupted press).
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(s);
        waitForStep(4, StepState.CONFIRMED);
        assertTrue(station.sequencer().trace(lastBatch, 4).size() > tracedBefore);
    }

    @Test
    void openingTheDoorDuringThePressHoldsTheBatch() throws Exception {
        long recipe = station.approvedRecipe("Door", Duration.ofSeconds(5));
        Session s = station.olga();
        lastBatch = station.startAndLoad(s, recipe, TestStation.DIE).batchId();
        Eventually.waitUntil("clear", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(s);
        Eventually.waitUntil("holding", () -> station.press().plc().state() == PlcState.HOLDING, station.press().plc()::state);
        station.press().plc().setDoorClosed(false);
        long opened = System.nanoTime();
        Eventually.waitUntil("held", () -> station.stored(lastBatch).state() == BatchState.HELD, () -> station.sequencer().current());
        assertTrue((System.nanoTime() - opened) / 1e9 <= 1.0, "HELD within 1 s");
        BatchRun held = station.stored(lastBatch);
        assertTrue(held.holdCause().contains("door"), held.holdCause());
        assertEquals(0, held.traceGaps(), "no gap: the link stayed up");
        assertThrows(BatchRefusedException.class, () -> station.sequencer().resume(s, Decision.CONTINUE, "Pellet looks intact"), "door still open");
        station.press().plc().setDoorClosed(true);
        Eventually.waitUntil("door closed seen", () -> station.live().isTrue(StandardSignal.DOOR_CLOSED), station.live()::snapshot);
        // The PLC latched fault 1 (T9); only a reset clears it (T16), here by hand at the press.
        assertThrows(BatchRefusedException.class, () -> station.sequencer().resume(s, Decision.CONTINUE, "Pellet looks intact"), "PLC fault 1 still latched");
        Eventually.waitUntil("released", () -> station.press().plc().state() == PlcState.IDLE, station.press().plc()::state);
        station.press().simulator().fireCommand(StandardSignal.RESET);
        Eventually.waitUntil("fault reset", () -> station.live().fault().isEmpty(), station.live()::snapshot);
        assertThrows(BatchRefusedException.class, () -> station.sequencer().resume(s, Decision.CONTINUE), "continuing needs a reason the person chose");
        station.sequencer().resume(s, Decision.CONTINUE, "Pellet looks intact");
        BatchRun resumed = station.stored(lastBatch);
        assertEquals(StepState.DEVIATED, resumed.step(4).state(), "continuing after a cut-short press is a deviation");
        assertEquals("Pellet looks intact", resumed.step(4).value("reason"), "the reason is the person's, not the station's");
        assertTrue(resumed.step(4).value("findings").contains("door"), resumed.step(4).values().toString());
        assertEquals(StepState.ACTIVE, resumed.step(5).state());
    }

    @Test
    void abortNeedsAReasonAndKeepsTheRecord() throws Exception {
        long recipe = station.approvedRecipe("Abort", HOLD);
        Session s = station.olga();
        lastBatch = station.startAndLoad(s, recipe, TestStation.DIE).batchId();
        assertThrows(BatchRefusedException.class, () -> station.sequencer().abort(s, " "));
        station.sequencer().abort(s, "powder spilled");
        BatchRun record = station.stored(lastBatch);
        assertEquals(BatchState.ABORTED, record.state());
        assertEquals("powder spilled", record.abortReason());
        assertEquals(StepState.CONFIRMED, record.step(3).state());
        assertTrue(station.sequencer().current().isEmpty());
    }

    @Test
    void afterARestartTheBatchIsInterruptedWithEveryConfirmedStepAndCanGoOn() throws Exception {
        long recipe = station.approvedRecipe("Restart", HOLD);
        Session s = station.olga();
        lastBatch = station.startAndLoad(s, recipe, TestStation.DIE).batchId();
        Eventually.waitUntil("clear", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(s);
        waitForStep(4, StepState.CONFIRMED);
        int traced = station.sequencer().trace(lastBatch, 4).size();

        station.restartSequencer(); // the station "dies": no abort, no completion
        List<BatchRun> found = station.sequencer().recoverInterrupted();

        assertEquals(1, found.size());
        BatchRun run = found.get(0);
        assertEquals(lastBatch, run.batchId());
        assertEquals(BatchState.INTERRUPTED, run.state());
        for (int step = 1; step <= 4; step++) {
            assertEquals(StepState.CONFIRMED, run.step(step).state(), "step " + step);
        }
        assertEquals("60.5", run.step(3).value("mass.mg"));
        assertEquals(5, run.currentStep().orElseThrow().number());
        assertEquals(traced, station.sequencer().trace(lastBatch, 4).size());
        assertEquals(BatchState.INTERRUPTED, station.summaryState(lastBatch));
        assertTrue(station.sequencer().recoverInterrupted().get(0).state() == BatchState.INTERRUPTED);
        assertEquals(1, station.services().transactions().inTransaction(() -> station.stores().batches().events(lastBatch)).stream()
                .filter(e -> e.kind() == BatchEventKind.INTERRUPTED).count(), "a second start-up does not interrupt it again");

        station.sequencer().openInterrupted(s, lastBatch);
        station.sequencer().resume(s, Decision.CONTINUE, "Pellet looks intact");
        station.sequencer().release(s);
        waitForStep(5, StepState.CONFIRMED);
        assertNotEquals(BatchState.INTERRUPTED, station.stored(lastBatch).state());
    }
}
