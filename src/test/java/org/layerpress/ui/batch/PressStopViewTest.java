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
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.sim.PlcState;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.TapPicker;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Stop on the press page, tapped: while the press holds, Stop stands where Start was; a tap on it
 * and a tap on a reason release the press and show the batch held, stopped by the operator for that
 * reason. Real simulator over loopback, real H2 file store, real JavaFX.
 */
@ExtendWith(ApplicationExtension.class)
class PressStopViewTest {

    @TempDir
    Path dir;
    private Stage stage;
    private TestStation station;

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

    private static boolean showing(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false));
    }

    @Test
    void aShortTapOnStartHintsAndStopDuringTheHoldReleasesThePressAndShowsWhoStoppedItAndWhy(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        RunScreen screen = new RunScreen(station);
        long recipe = station.approvedRecipe("Stoppable", Duration.ofSeconds(30));
        Session olga = station.olga();
        String id = station.sequencer().start(olga, new StartBatchCommand(recipe, TestStation.DIE.id())).batchId();
        station.sequencer().confirmCheck(olga);
        station.sequencer().confirmScan(olga, TestStation.DIE.id());
        station.sequencer().loadLayer(olga, 60.5, "LOT-A", Optional.empty());
        RunView view = show(robot, stage, screen, station, olga);
        RunViewTest.awaitStep(robot, "Press the electrolyte");
        assertFalse(showing(robot, "#stopPress"), "nothing to stop before Start");
        RunViewTest.waitEnabled(robot, "#startPress");
        robot.clickOn(fx(() -> robot.lookup("#startPress").<Node>query()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Hold for 1.5 s to start", fx(() -> robot.lookup("#startPress .lp-hold-text").queryAs(Labeled.class).getText()),
                "a short tap says how to start");
        assertEquals(PlcState.IDLE, station.press().plc().state(), "a tap starts nothing");

        RunViewTest.holdStart(robot, view);
        Eventually.waitUntil("holding", () -> station.press().plc().state() == PlcState.HOLDING, station.press().plc()::state);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> showing(robot, "#stopPress"));
        assertFalse(showing(robot, "#startPress"), "Stop stands in Start's place");

        tap(robot, "#stopPress");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> showing(robot, "." + TapPicker.OVERLAY));
        Node reason = fx(() -> robot.lookup(".lp-picker-choice").queryAll().stream()
                .filter(n -> "Powder escaping from the die".equals(((Labeled) n).getText())).findFirst().orElseThrow());
        robot.clickOn(reason);

        Eventually.waitUntil("PLC released to IDLE", () -> station.press().plc().state() == PlcState.IDLE, station.press().plc()::state);
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> fx(() -> robot.lookup("#heldCause").tryQuery().isPresent()));
        String cause = fx(() -> robot.lookup("#heldCause").queryAs(Labeled.class).getText());
        assertEquals("Stopped by Olga Operator. Reason: Powder escaping from the die.", cause);
        assertEquals(BatchState.HELD, station.stored(id).state());
        assertEquals("Powder escaping from the die", station.stored(id).holdReason());
        assertTrue(fx(() -> robot.lookup("." + TapPicker.OVERLAY).tryQuery().isEmpty()), "the picker closed");
    }
}
