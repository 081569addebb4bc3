package org.layerpress.ui.batch;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.layerpress.ui.batch.RunViewTest.awaitStep;
import static org.layerpress.ui.batch.RunViewTest.fx;
import static org.layerpress.ui.batch.RunViewTest.holdStart;
import static org.layerpress.ui.batch.RunViewTest.tap;
import static org.layerpress.ui.batch.RunViewTest.typeOnPad;
import static org.layerpress.ui.batch.RunViewTest.waitEnabled;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.Readability;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every operator page of the Run section, as the main frame hosts it on the real simulator and
 * store, has no text below the root font size and no tap target under 20 mm: the start page, a
 * layer out of tolerance, a press holding, and a batch held because the door opened.
 */
@ExtendWith(ApplicationExtension.class)
class RunScreensGloveSizedTest {

    @TempDir
    Path dir;
    private Stage stage;
    private TestStation station;
    private final List<String> problems = new ArrayList<>();

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

    /** Notes what is too small on the page as drawn, pointer parked on the last-done line. */
    private void measure(FxRobot robot, String page) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(fx(() -> robot.lookup("#lastDone").<Node>query()));
        fx(() -> {
            assertFalse(robot.lookup(".label").queryAll().isEmpty() || robot.lookup(".button").queryAll().isEmpty(), page + ": nothing measured");
            Readability.smallText(robot).forEach(p -> problems.add(page + ": " + p));
            Readability.smallTargets(robot).forEach(p -> problems.add(page + ": " + p));
            return null;
        });
    }

    @Test
    void theStartALayerOutOfTolerancePressingAndHeldPagesAreGloveSized(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        RunScreen screen = new RunScreen(station);
        long fast = screen.approvedRecipe("Fast bilayer, 10 mm", Duration.ofSeconds(3));
        RunView view = RunViewTest.show(robot, stage, screen, station, station.olga());

        tap(robot, "#recipe-" + fast);
        measure(robot, "start");
        tap(robot, "#startBatch");
        awaitStep(robot, "Prepare");
        measure(robot, "check");
        tap(robot, "#checkItem0");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Scan the die");
        tap(robot, "#scanDie-D10-01");
        tap(robot, "#confirmStep");

        awaitStep(robot, "Load the electrolyte");
        tap(robot, "#enterMass");
        typeOnPad(robot, "64.2");
        tap(robot, "#enterLot");
        measure(robot, "lot pad");
        RunViewTest.typeOnLotPad(robot, "LPSCL-4711");
        measure(robot, "layer out of tolerance");
        tap(robot, "#weighAgain");
        tap(robot, "#enterMass");
        typeOnPad(robot, "60.4");
        tap(robot, "#confirmStep");

        awaitStep(robot, "Press the electrolyte");
        holdStart(robot, view);
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> fx(() -> view.getViewModel().getStepModel() instanceof PressStepViewModel p
                && p.getPhase().startsWith("Holding")));
        measure(robot, "pressing");

        station.press().plc().setDoorClosed(false);
        waitEnabled(robot, "#abortHeld");
        measure(robot, "held");

        assertEquals(List.of(), problems);
    }
}
