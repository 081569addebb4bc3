package org.layerpress.ui.batch;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.layerpress.ui.batch.RunViewTest.awaitStep;
import static org.layerpress.ui.batch.RunViewTest.fx;
import static org.layerpress.ui.batch.RunViewTest.holdStart;
import static org.layerpress.ui.batch.RunViewTest.tap;
import static org.layerpress.ui.batch.RunViewTest.typeOnPad;
import static org.layerpress.ui.batch.RunViewTest.waitEnabled;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The operator's Run screens as pictures (content area 1280×680, as the main frame hosts them)
 * against the real simulator and store (docs/ keeps the batch-*.png). Text and tap-target sizes
 * are checked by the suite's {@code RunScreensGloveSizedTest}.
 */
@ExtendWith(ApplicationExtension.class)
class RunPictures {

    @TempDir
    Path dir;
    private Stage stage;
    private TestStation station;
    private RunScreen screen;
    private RunView view;

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

    private void shoot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(fx(() -> robot.lookup("#lastDone").<Node>query()));
        Screenshots.shoot(stage.getScene(), name);
    }

    @Test
    void eachOperatorScreen(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        screen = new RunScreen(station);
        long fast = screen.approvedRecipe("Fast bilayer, 10 mm", Duration.ofSeconds(3));
        station.approve(DemoRecipes.bilayer10mm(station.mapping().press()));
        station.approve(DemoRecipes.multilayer13mm(station.mapping().press()));
        view = RunViewTest.show(robot, stage, screen, station, station.olga());

        tap(robot, "#recipe-" + fast);
        shoot(robot, "batch-start");
        tap(robot, "#startBatch");

        awaitStep(robot, "Prepare");
        tap(robot, "#checkItem0");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Scan the die");
        shoot(robot, "batch-die-scan");
        robot.write("D10-01").type(javafx.scene.input.KeyCode.ENTER); // the die's label, scanned
        tap(robot, "#confirmStep");

        awaitStep(robot, "Load the electrolyte");
        tap(robot, "#enterMass");
        for (char c : "64.2".toCharArray()) {
            tap(robot, "#numberPad #" + (c == '.' ? "numPoint" : "num" + c));
        }
        shoot(robot, "batch-mass-pad");
        tap(robot, "#numOk");
        tap(robot, "#enterLot");
        robot.write("LPSCL-LOT-2024-017").type(javafx.scene.input.KeyCode.ENTER); // the label, scanned while the pad is open
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> !robot.lookup("#txtText").queryAs(javafx.scene.control.Labeled.class).getText().startsWith("\u2014")));
        shoot(robot, "batch-lot-pad");
        tap(robot, "#txtOk");
        shoot(robot, "batch-step-load");
        tap(robot, "#weighAgain");
        tap(robot, "#enterMass");
        typeOnPad(robot, "60.4");
        tap(robot, "#confirmStep");

        awaitStep(robot, "Press the electrolyte");
        holdStart(robot, view);
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> fx(() -> view.getViewModel().getStepModel() instanceof PressStepViewModel p
                && p.getPhase().startsWith("Holding") && p.getTrend().points().size() > 15));
        shoot(robot, "batch-press");

        station.press().plc().setDoorClosed(false);
        waitEnabled(robot, "#abortHeld");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> view.getShell().getDoor().abnormal()));
        shoot(robot, "batch-held");
        station.press().plc().setDoorClosed(true);
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> station.press().plc().state() == org.layerpress.sim.PlcState.IDLE);
        station.press().simulator().fireCommand(org.layerpress.application.press.StandardSignal.RESET); // fault 1, reset at the press
        tap(robot, "#repeatStep");

        awaitStep(robot, "Press the electrolyte");
        holdStart(robot, view);
        awaitStep(robot, "Release after the electrolyte");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Scan the LGPS lot");
        robot.write("LGPS-LOT-815").type(javafx.scene.input.KeyCode.ENTER);
        tap(robot, "#confirmStep");
        awaitStep(robot, "Load the protective layer");
        tap(robot, "#enterMass");
        typeOnPad(robot, "30.2");
        shoot(robot, "batch-load-scanned-lot");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Press the stack");
        holdStart(robot, view);
        tap(robot, "#stopPress");
        shoot(robot, "batch-stop-reason");
        javafx.scene.Node reason = fx(() -> robot.lookup(".lp-picker-choice").queryAll().stream()
                .filter(n -> "Unusual noise or movement".equals(((javafx.scene.control.Labeled) n).getText())).findFirst().orElseThrow());
        robot.clickOn(reason);
        waitEnabled(robot, "#repeatStep");
        shoot(robot, "batch-stopped");
        tap(robot, "#repeatStep");
        awaitStep(robot, "Press the stack");
        holdStart(robot, view);
        awaitStep(robot, "Release after the stack");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Eject");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Inspect");
        tap(robot, "#pass0");
        tap(robot, "#confirmStep");
        waitEnabled(robot, "#newBatch");
        shoot(robot, "batch-complete");
    }
}
