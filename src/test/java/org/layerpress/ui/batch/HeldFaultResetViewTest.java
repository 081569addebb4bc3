package org.layerpress.ui.batch;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.ui.batch.RunViewTest.fx;
import static org.layerpress.ui.batch.RunViewTest.show;
import static org.layerpress.ui.batch.RunViewTest.tap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.sim.FaultCode;
import org.layerpress.sim.PlcState;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.SimulatedPress;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.HoldButton;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An over-pressure during a press holds the batch; the Held screen shows the PLC fault in words, keeps
 * resume blocked until the fault is reset, offers "Reset PLC fault" to a Supervisor (an Operator sees
 * it disabled with the reason), and the Supervisor's hold-to-confirm resets it; the Operator then
 * repeats the step. Real simulator over loopback, real H2 file store, real JavaFX.
 */
@ExtendWith(ApplicationExtension.class)
class HeldFaultResetViewTest {

    private static final String OVER_PRESSURE = "PLC fault 4: Over-pressure: force above the press capacity";

    @TempDir
    Path dir;
    private Stage stage;
    private TestStation station;
    private RunScreen screen;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(null)).get(10, SECONDS);
        if (station != null) {
            station.close();
        }
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    private static boolean showing(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false));
    }

    private static void awaitHeldPage(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> fx(() -> robot.lookup("#heldCause").tryQuery().isPresent()));
        // The Held page's blockers and the reset button follow the 10 Hz refresh.
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> text(robot, "#resumeBlockers").contains("reset it first"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anOverPressureIsResetByASupervisorOnTheHeldScreenAndThenTheStepIsRepeated(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        screen = new RunScreen(station);
        long recipe = station.approvedRecipe("Over-pressure", Duration.ofSeconds(5));
        Session olga = station.olga();
        String id = station.sequencer().start(olga, new StartBatchCommand(recipe, TestStation.DIE.id())).batchId();
        station.sequencer().confirmCheck(olga);
        station.sequencer().confirmScan(olga, TestStation.DIE.id());
        station.sequencer().loadLayer(olga, 60.5, "LOT-A", Optional.empty());
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(olga);
        Eventually.waitUntil("holding", () -> station.press().plc().state() == PlcState.HOLDING, station.press().plc()::state);
        station.press().plc().injectOverPressureSpike(station.press().plc().capacityKiloNewtons() * 1.2, 0.2);
        Eventually.waitUntil("held", () -> station.stored(id).state() == BatchState.HELD, () -> station.sequencer().current());
        Eventually.waitUntil("released", () -> station.press().plc().state() == PlcState.IDLE, station.press().plc()::state);

        // The operator: the fault in words, resume blocked, the reset offered but not hers (the mapping says supervisor).
        show(robot, stage, screen, station, olga);
        awaitHeldPage(robot);
        assertTrue(text(robot, "#heldCause").startsWith(OVER_PRESSURE), text(robot, "#heldCause"));
        assertTrue(text(robot, "#resumeBlockers").contains(OVER_PRESSURE + ": reset it first"), text(robot, "#resumeBlockers"));
        assertTrue(fx(() -> robot.lookup("#repeatStep").query().isDisabled()), "no resume while the fault is latched");
        assertTrue(showing(robot, "#resetFault"));
        assertTrue(fx(() -> robot.lookup("#resetFault").query().isDisabled()), "an Operator may not reset it here");
        assertEquals("Resetting a PLC fault needs a Supervisor.", text(robot, "#resetFaultHelp"));

        // The Supervisor holds "Reset PLC fault" for 1.5 s: the PLC clears it, the outcome is in words.
        Session sam = station.loginAs("sam", "333333");
        show(robot, stage, screen, station, sam);
        awaitHeldPage(robot);
        RunViewTest.waitEnabled(robot, "#resetFault");
        HoldButton reset = fx(() -> robot.lookup("#resetFault").queryAs(HoldButton.class));
        Node target = reset;
        robot.moveTo(target).press(MouseButton.PRIMARY);
        try {
            WaitForAsyncUtils.waitFor(30, SECONDS, () -> station.press().plc().faultCode() == FaultCode.NONE);
        } finally {
            robot.release(MouseButton.PRIMARY);
        }
        try {
            WaitForAsyncUtils.waitFor(30, SECONDS, () -> text(robot, "#resetFaultOutcome").equals(OVER_PRESSURE + ": reset."));
        } catch (TimeoutException e) {
            // Say what happened instead: a refusal goes to the audit trail (and the Run screen's notice line).
            throw new AssertionError("no reset outcome after 30 s; outcome line '" + text(robot, "#resetFaultOutcome") + "', refusals audited: "
                    + station.auditCount(AuditActions.PLC_FAULT_RESET_REFUSED, "sam"), e);
        }
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !showing(robot, "#resetFault"));
        assertEquals(1, station.auditCount(AuditActions.PLC_FAULT_RESET, "sam"));
        assertTrue(station.services().transactions().inTransaction(() -> station.stores().batches().events(id)).stream()
                .anyMatch(e -> e.kind() == BatchEventKind.PLC_FAULT_RESET && e.actor().equals("sam") && e.value("outcome").equals("cleared")));

        // The operator repeats the step.
        show(robot, stage, screen, station, olga);
        tap(robot, "#repeatStep");
        Eventually.waitUntil("resumed", () -> station.stored(id).state() == BatchState.RUNNING, () -> station.stored(id));
        BatchRun resumed = station.stored(id);
        assertEquals(2, resumed.step(4).attempts());
        assertFalse(resumed.alarms().isEmpty());
    }
}
