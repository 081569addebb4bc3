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
import org.junit.jupiter.api.AfterEach;
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

/** The sequencer against the real simulator over loopback and the real H2 file store. */
class BatchSequencerTest {

    private static final Duration HOLD = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    private SequencerRig rig;

    @AfterEach
    void tearDown() {
        if (rig != null) {
            rig.close();
        }
    }

    private SequencerRig rig() throws InterruptedException {
        rig = new SequencerRig(dir, SequencerRig.quiet());
        return rig;
    }

    private void waitForStep(int step, StepState state) {
        Eventually.waitUntil("step " + step + " " + state,
                () -> rig.sequencer.current().map(r -> r.step(step).state() == state).orElse(true)
                        && rig.stored(batchId()).step(step).state() == state,
                () -> rig.sequencer.current());
    }

    private String lastBatch;

    private String batchId() {
        return lastBatch;
    }

    private void pressAndRelease(Session s, int pressStep) {
        Eventually.waitUntil("start not blocked", () -> rig.sequencer.pressBlockers().isEmpty(), rig.sequencer::pressBlockers);
        rig.sequencer.startPress(s);
        waitForStep(pressStep, StepState.CONFIRMED);
        assertTrue(s.boundToRunningStep(), "the press holds force until the release: no idle logout before it");
        rig.sequencer.release(s);
        waitForStep(pressStep + 1, StepState.CONFIRMED);
        assertFalse(s.boundToRunningStep(), "released: the idle timeout applies again");
    }

    @Test
    void aWholeRecipeRunsToCompleteWithATraceForEachPressStep() throws Exception {
        rig();
        long recipe = rig.approvedRecipe("Fast bilayer", HOLD);
        Session s = rig.operator();
        List<BatchRun> seen = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        rig.sequencer.addListener(r -> {
            seen.add(r);
            threads.add(Thread.currentThread().getName());
        });
        BatchRun run = rig.startAndLoad(s, recipe, SequencerRig.DIE);
        lastBatch = run.batchId();
        assertTrue(run.batchId().matches("B-20261125-\\d{4}"), run.batchId());
        BatchRun stored = rig.stored(lastBatch);
        assertEquals("Fast bilayer", stored.recipe().name(), "the control recipe is read back from the frozen file");
        assertFalse(stored.recipeHash().isEmpty());
        Map<String, String> header = rig.station.services().transactions().inTransaction(() -> rig.store.events(lastBatch)).get(0).values();
        assertEquals(rig.sim.endpointUrl(), header.get("press.endpoint"), "the batch names the PLC it ran on");
        assertEquals(StepState.CONFIRMED, stored.step(3).state(), "committed before loadLayer returned");
        assertEquals("60.5", stored.step(3).value("mass.mg"));

        pressAndRelease(s, 4);
        rig.sequencer.loadLayer(s, 30, "LOT-B", Optional.empty());
        pressAndRelease(s, 7);
        rig.sequencer.eject(s);
        BatchRun done = rig.sequencer.inspect(s, Map.of("No cracks", true));

        assertEquals(BatchState.COMPLETE, done.state());
        assertTrue(rig.sequencer.current().isEmpty(), "a finished batch is closed");
        BatchRun record = rig.stored(lastBatch);
        assertEquals(BatchState.COMPLETE, record.state());
        assertTrue(record.steps().stream().allMatch(st -> st.state() == StepState.CONFIRMED), record::toString);
        for (int step : new int[] {4, 7}) {
            List<TracePoint> trace = rig.sequencer.trace(lastBatch, step);
            assertTrue(trace.size() > 50, "step " + step + " traced: " + trace.size());
            double peak = trace.stream().mapToDouble(TracePoint::forceKiloNewtons).max().orElse(0);
            assertEquals(7.85, peak, 0.3, "100 MPa in a 10 mm die");
            Map<String, String> v = record.step(step).values();
            assertEquals("7.854", v.get("setpoint.kN"));
            assertEquals(100, Double.parseDouble(v.get("holdMean.MPa")), 2);
            assertFalse(v.get("toSetpoint.s").isEmpty());
        }
        assertFalse(record.step(5).value("springback.mm").isEmpty());
        assertEquals(BatchState.COMPLETE, rig.summaryState(lastBatch));
        Eventually.waitUntil("listeners told", () -> seen.stream().anyMatch(r -> r.state() == BatchState.COMPLETE));
        assertTrue(threads.stream().allMatch("batch-sequencer"::equals), "listeners run on the sequencer's thread: " + threads);
        assertThrows(BatchRefusedException.class, () -> rig.sequencer.confirmCheck(s), "nothing after COMPLETE");
    }

    @Test
    void stepsRunStrictlyInOrderAndTheDieScanMustMatch() throws Exception {
        rig();
        long recipe = rig.approvedRecipe("Order", HOLD);
        Session s = rig.operator();
        lastBatch = rig.sequencer.start(s, new StartBatchCommand(recipe, SequencerRig.DIE.id())).batchId();
        assertThrows(BatchRefusedException.class, () -> rig.sequencer.confirmScan(s, SequencerRig.DIE.id()), "CHECK comes first");
        assertThrows(BatchRefusedException.class, () -> rig.sequencer.startPress(s));
        assertTrue(rig.sequencer.pressBlockers().contains("previous step not confirmed"));
        rig.sequencer.confirmCheck(s);
        BatchRefusedException wrongDie = assertThrows(BatchRefusedException.class, () -> rig.sequencer.confirmScan(s, "D13-07"));
        assertTrue(wrongDie.getMessage().contains("not the batch's die"), wrongDie.getMessage());
        rig.sequencer.confirmScan(s, SequencerRig.DIE.id());
        assertThrows(BatchRefusedException.class, () -> rig.sequencer.start(s, new StartBatchCommand(recipe, SequencerRig.DIE.id())),
                "one open batch at a time");
    }

    @Test
    void outOfToleranceMassNeedsAReasonAndEndsDeviated() throws Exception {
        rig();
        long recipe = rig.approvedRecipe("Mass", HOLD);
        Session s = rig.operator();
        lastBatch = rig.sequencer.start(s, new StartBatchCommand(recipe, SequencerRig.DIE.id())).batchId();
        rig.sequencer.confirmCheck(s);
        rig.sequencer.confirmScan(s, SequencerRig.DIE.id());
        BatchRefusedException e = assertThrows(BatchRefusedException.class, () -> rig.sequencer.loadLayer(s, 65, "LOT-A", Optional.empty()));
        assertTrue(e.getMessage().contains("outside 60 ± 2 mg"), e.getMessage());
        assertThrows(BatchRefusedException.class, () -> rig.sequencer.loadLayer(s, 65, "LOT-A", Optional.of("  ")));
        assertEquals(StepState.ACTIVE, rig.stored(lastBatch).step(3).state());
        rig.sequencer.loadLayer(s, 65, "LOT-A", Optional.of("last of the lot; pellet for a trial"));
        StepRun step = rig.stored(lastBatch).step(3);
        assertEquals(StepState.DEVIATED, step.state());
        assertEquals("last of the lot; pellet for a trial", step.value("reason"));
        assertEquals("65", step.value("mass.mg"));
        assertEquals(StepState.ACTIVE, rig.stored(lastBatch).step(4).state(), "the batch goes on after a recorded deviation");
    }

    @Test
    void eachBlockerBlocksStartInWords() throws Exception {
        rig();
        long recipe = rig.approvedRecipe("Blockers", HOLD);
        Session s = rig.operator();
        lastBatch = rig.startAndLoad(s, recipe, SequencerRig.DIE).batchId();
        Eventually.waitUntil("clear", () -> rig.sequencer.pressBlockers().isEmpty(), rig.sequencer::pressBlockers);

        rig.plc.setDoorClosed(false);
        assertBlocked(s, "door open");
        rig.plc.setDoorClosed(true);
        Eventually.waitUntil("clear", () -> rig.sequencer.pressBlockers().isEmpty(), rig.sequencer::pressBlockers);

        rig.plc.setEstopOk(false);
        assertBlocked(s, "e-stop pressed");
        rig.plc.setEstopOk(true);
        Eventually.waitUntil("clear", () -> rig.sequencer.pressBlockers().isEmpty(), rig.sequencer::pressBlockers);

        // A latched PLC fault (a START with a zero setpoint, sent behind the sequencer's back) makes it not ready.
        rig.port.write(StandardSignal.SETPOINT_FORCE, 0);
        rig.port.command(StandardSignal.START);
        Eventually.waitUntil("fault latched", () -> rig.plc.faultCode() == FaultCode.SETPOINT_OUT_OF_RANGE, rig.plc::faultCode);
        assertBlocked(s, "PLC not ready");
        rig.port.command(StandardSignal.RESET); // only reset acknowledges a fault (PLC contract T14, T16)
        Eventually.waitUntil("clear", () -> rig.sequencer.pressBlockers().isEmpty(), rig.sequencer::pressBlockers);

        rig.sim.stopServer();
        assertBlocked(s, "PLC link not connected");
        rig.sim.start();
        Eventually.waitUntil("clear", Duration.ofSeconds(30), () -> rig.sequencer.pressBlockers().isEmpty(), rig.sequencer::pressBlockers);

        assertEquals(PlcState.IDLE, rig.plc.state(), "nothing was started");
        assertTrue(rig.stored(lastBatch).step(4).value("setpoint.kN").isEmpty());
    }

    private void assertBlocked(Session s, String words) {
        Eventually.waitUntil(words, () -> rig.sequencer.pressBlockers().contains(words), rig.sequencer::pressBlockers);
        BatchRefusedException e = assertThrows(BatchRefusedException.class, () -> rig.sequencer.startPress(s));
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }

    @Test
    void aSetpointAboveTheDieRatingIsRefusedAndNothingIsWritten() throws Exception {
        rig();
        long recipe = rig.approvedRecipe("Weak die", HOLD);
        Session s = rig.operator();
        double before = rig.sim.image().get(StandardSignal.SETPOINT_FORCE);
        lastBatch = rig.startAndLoad(s, recipe, SequencerRig.WEAK_DIE).batchId();
        Eventually.waitUntil("clear", () -> rig.sequencer.pressBlockers().isEmpty(), rig.sequencer::pressBlockers);
        BatchRefusedException e = assertThrows(BatchRefusedException.class, () -> rig.sequencer.startPress(s));
        assertTrue(e.getMessage().contains("above the rating of die D10-WEAK (5.0 kN)"), e.getMessage());
        assertEquals(before, rig.sim.image().get(StandardSignal.SETPOINT_FORCE), "no setpoint written");
        assertEquals(PlcState.IDLE, rig.plc.state());
        StepRun step = rig.stored(lastBatch).step(4);
        assertEquals(StepState.ACTIVE, step.state());
        assertTrue(step.value("refused").contains("7.85 kN"), step.value("refused"));
    }

    @Test
    void aLeakDuringTheHoldEndsTheStepDeviatedWithALeakAlarm() throws Exception {
        rig();
        long recipe = rig.approvedRecipe("Leak", HOLD);
        Session s = rig.operator();
        lastBatch = rig.startAndLoad(s, recipe, SequencerRig.DIE).batchId();
        Eventually.waitUntil("clear", () -> rig.sequencer.pressBlockers().isEmpty(), rig.sequencer::pressBlockers);
        rig.sequencer.startPress(s);
        Eventually.waitUntil("holding", () -> rig.plc.state() == PlcState.HOLDING, rig.plc::state);
        rig.plc.injectLeak(2.0);
        waitForStep(4, StepState.DEVIATED);
        rig.plc.clearLeak();
        BatchRun record = rig.stored(lastBatch);
        StepRun step = record.step(4);
        assertTrue(step.value("findings").contains("DECAY_LEAK"), step.values().toString());
        assertTrue(record.alarms().stream().anyMatch(a -> a.cause().equals("DECAY_LEAK") && a.state() == AlarmState.RETURNED_UNACKNOWLEDGED),
                record.alarms().toString());
        BatchAlarm leak = record.alarms().stream().filter(a -> a.cause().equals("DECAY_LEAK")).findFirst().orElseThrow();
        rig.sequencer.acknowledgeAlarm(s, leak.id());
        assertEquals(AlarmState.NORMAL, rig.stored(lastBatch).alarms().stream().filter(a -> a.id().equals(leak.id())).findFirst().orElseThrow().state());
        assertEquals(StepState.ACTIVE, record.step(5).state(), "release is next");
    }

    @Test
    void anOverPressureSpikeRaisesAnOvershootAlarm() throws Exception {
        rig();
        long recipe = rig.approvedRecipe("Spike", HOLD);
        Session s = rig.operator();
        lastBatch = rig.startAndLoad(s, recipe, SequencerRig.DIE).batchId();
        Eventually.waitUntil("clear", () -> rig.sequencer.pressBlockers().isEmpty(), rig.sequencer::pressBlockers);
        rig.sequencer.startPress(s);
        Eventually.waitUntil("holding", () -> rig.plc.state() == PlcState.HOLDING, rig.plc::state);
        rig.plc.injectOverPressureSpike(3.0, 0.3);
        waitForStep(4, StepState.DEVIATED);
        BatchRun record = rig.stored(lastBatch);
        assertTrue(record.step(4).value("findings").contains("OVER_PRESSURE"), record.step(4).values().toString());
        assertTrue(record.alarms().stream().anyMatch(a -> a.cause().equals("OVER_PRESSURE") && a.priority() == AlarmPriority.HIGH));
    }

    @Test
    void aLinkDropDuringTheHoldHoldsTheBatchWithAGapThenResumes() throws Exception {
        rig();
        long recipe = rig.approvedRecipe("Link", Duration.ofSeconds(5));
        Session s = rig.operator();
        lastBatch = rig.startAndLoad(s, recipe, SequencerRig.DIE).batchId();
        Eventually.waitUntil("clear", () -> rig.sequencer.pressBlockers().isEmpty(), rig.sequencer::pressBlockers);
        rig.sequencer.startPress(s);
        assertTrue(s.boundToRunningStep(), "the operator's session stays during a press step");
        Eventually.waitUntil("holding", () -> rig.plc.state() == PlcState.HOLDING, rig.plc::state);

        rig.sim.stopServer();
        long stopped = System.nanoTime();
        Eventually.waitUntil("held", () -> rig.stored(lastBatch).state() == BatchState.HELD, () -> rig.sequencer.current());
        double seconds = (System.nanoTime() - stopped) / 1e9;
        assertTrue(seconds <= 1.0, "HELD within 1 s of the link drop, took " + seconds + " s");
        BatchRun held = rig.stored(lastBatch);
        assertTrue(held.holdCause().contains("PLC link lost"), held.holdCause());
        assertEquals(1, held.traceGaps());
        assertFalse(s.boundToRunningStep());
        int tracedBefore = rig.sequencer.trace(lastBatch, 4).size();
        assertTrue(tracedBefore > 10, "the trace up to the drop is kept: " + tracedBefore);
        assertThrows(BatchRefusedException.class, () -> rig.sequencer.resume(s, Decision.REPEAT_STEP), "no resume without the link");

        rig.sim.start();
        Eventually.waitUntil("link back", Duration.ofSeconds(30), () -> rig.live.link().state() == LinkState.CONNECTED, rig.live::link);
        Eventually.waitUntil("interlocks known", () -> rig.live.isTrue(StandardSignal.DOOR_CLOSED) && rig.live.isTrue(StandardSignal.ESTOP_OK),
                rig.live::snapshot);
        // The PLC may have stopped the press for the stale heartbeat (fault 3) while the link was down: reset by hand at the press.
        if (rig.plc.faultCode() != FaultCode.NONE) {
            Eventually.waitUntil("released", () -> rig.plc.state() == PlcState.IDLE, rig.plc::state);
            rig.sim.fireCommand(StandardSignal.RESET);
            Eventually.waitUntil("no fault latched", () -> rig.live.fault().isEmpty(), rig.live::snapshot);
        }
        rig.sequencer.resume(s, Decision.REPEAT_STEP);
        BatchRun resumed = rig.stored(lastBatch);
        assertEquals(BatchState.RUNNING, resumed.state());
        assertEquals(2, resumed.step(4).attempts());
        assertTrue(resumed.alarms().stream().anyMatch(a -> a.cause().equals("LINK_LOST") && a.state() == AlarmState.RETURNED_UNACKNOWLEDGED));
        List<BatchEvent> events = rig.station.services().transactions().inTransaction(() -> rig.store.events(lastBatch));
        assertTrue(events.stream().anyMatch(e -> e.kind() == BatchEventKind.RESUMED && e.value("decision").equals("REPEAT_STEP") && e.actor().equals("olga")));
        assertTrue(events.stream().anyMatch(e -> e.kind() == BatchEventKind.TRACE_GAP && e.step() == 4));

        // The repeat presses the step again from the start (the resume released the interrupted press).
        Eventually.waitUntil("start not blocked", () -> rig.sequencer.pressBlockers().isEmpty(), rig.sequencer::pressBlockers);
        rig.sequencer.startPress(s);
        waitForStep(4, StepState.CONFIRMED);
        assertTrue(rig.sequencer.trace(lastBatch, 4).size() > tracedBefore);
    }

    @Test
    void openingTheDoorDuringThePressHoldsTheBatch() throws Exception {
        rig();
        long recipe = rig.approvedRecipe("Door", Duration.ofSeconds(5));
        Session s = rig.operator();
        lastBatch = rig.startAndLoad(s, recipe, SequencerRig.DIE).batchId();
        Eventually.waitUntil("clear", () -> rig.sequencer.pressBlockers().isEmpty(), rig.sequencer::pressBlockers);
        rig.sequencer.startPress(s);
        Eventually.waitUntil("holding", () -> rig.plc.state() == PlcState.HOLDING, rig.plc::state);
        rig.plc.setDoorClosed(false);
        long opened = System.nanoTime();
        Eventually.waitUntil("held", () -> rig.stored(lastBatch).state() == BatchState.HELD, () -> rig.sequencer.current());
        assertTrue((System.nanoTime() - opened) / 1e9 <= 1.0, "HELD within 1 s");
        BatchRun held = rig.stored(lastBatch);
        assertTrue(held.holdCause().contains("door"), held.holdCause());
        assertEquals(0, held.traceGaps(), "no gap: the link stayed up");
        assertThrows(BatchRefusedException.class, () -> rig.sequencer.resume(s, Decision.CONTINUE), "door still open");
        rig.plc.setDoorClosed(true);
        Eventually.waitUntil("door closed seen", () -> rig.live.isTrue(StandardSignal.DOOR_CLOSED), rig.live::snapshot);
        // The PLC latched fault 1 (T9); only a reset clears it (T16), here by hand at the press.
        assertThrows(BatchRefusedException.class, () -> rig.sequencer.resume(s, Decision.CONTINUE), "PLC fault 1 still latched");
        Eventually.waitUntil("released", () -> rig.plc.state() == PlcState.IDLE, rig.plc::state);
        rig.sim.fireCommand(StandardSignal.RESET);
        Eventually.waitUntil("fault reset", () -> rig.live.fault().isEmpty(), rig.live::snapshot);
        rig.sequencer.resume(s, Decision.CONTINUE);
        BatchRun resumed = rig.stored(lastBatch);
        assertEquals(StepState.DEVIATED, resumed.step(4).state(), "continuing after a cut-short press is a deviation");
        assertTrue(resumed.step(4).value("reason").contains("door"), resumed.step(4).values().toString());
        assertEquals(StepState.ACTIVE, resumed.step(5).state());
    }

    @Test
    void abortNeedsAReasonAndKeepsTheRecord() throws Exception {
        rig();
        long recipe = rig.approvedRecipe("Abort", HOLD);
        Session s = rig.operator();
        lastBatch = rig.startAndLoad(s, recipe, SequencerRig.DIE).batchId();
        assertThrows(BatchRefusedException.class, () -> rig.sequencer.abort(s, " "));
        rig.sequencer.abort(s, "powder spilled");
        BatchRun record = rig.stored(lastBatch);
        assertEquals(BatchState.ABORTED, record.state());
        assertEquals("powder spilled", record.abortReason());
        assertEquals(StepState.CONFIRMED, record.step(3).state());
        assertTrue(rig.sequencer.current().isEmpty());
    }

    @Test
    void afterARestartTheBatchIsInterruptedWithEveryConfirmedStepAndCanGoOn() throws Exception {
        rig();
        long recipe = rig.approvedRecipe("Restart", HOLD);
        Session s = rig.operator();
        lastBatch = rig.startAndLoad(s, recipe, SequencerRig.DIE).batchId();
        Eventually.waitUntil("clear", () -> rig.sequencer.pressBlockers().isEmpty(), rig.sequencer::pressBlockers);
        rig.sequencer.startPress(s);
        waitForStep(4, StepState.CONFIRMED);
        int traced = rig.sequencer.trace(lastBatch, 4).size();

        rig.sequencer.close(); // the station "dies": no abort, no completion
        rig.sequencer = rig.newSequencer();
        List<BatchRun> found = rig.sequencer.recoverInterrupted();

        assertEquals(1, found.size());
        BatchRun run = found.get(0);
        assertEquals(lastBatch, run.batchId());
        assertEquals(BatchState.INTERRUPTED, run.state());
        for (int step = 1; step <= 4; step++) {
            assertEquals(StepState.CONFIRMED, run.step(step).state(), "step " + step);
        }
        assertEquals("60.5", run.step(3).value("mass.mg"));
        assertEquals(5, run.currentStep().orElseThrow().number());
        assertEquals(traced, rig.sequencer.trace(lastBatch, 4).size());
        assertEquals(BatchState.INTERRUPTED, rig.summaryState(lastBatch));
        assertTrue(rig.sequencer.recoverInterrupted().get(0).state() == BatchState.INTERRUPTED);
        assertEquals(1, rig.station.services().transactions().inTransaction(() -> rig.store.events(lastBatch)).stream()
                .filter(e -> e.kind() == BatchEventKind.INTERRUPTED).count(), "a second start-up does not interrupt it again");

        rig.sequencer.openInterrupted(s, lastBatch);
        rig.sequencer.resume(s, Decision.CONTINUE);
        rig.sequencer.release(s);
        waitForStep(5, StepState.CONFIRMED);
        assertNotEquals(BatchState.INTERRUPTED, rig.stored(lastBatch).state());
    }
}
