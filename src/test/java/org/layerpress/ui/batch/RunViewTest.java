package org.layerpress.ui.batch;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StepState;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.HoldButton;
import org.layerpress.ui.fx.FitPane;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;
import org.layerpress.ui.fx.UseCaseRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole fast recipe on the Run screen with taps only (tiles, number pad keys, Pass, and
 * press-and-hold on Start) against the real simulator over loopback and the real H2 file store.
 */
@ExtendWith(ApplicationExtension.class)
class RunViewTest {

    static final double WIDTH = 1280;
    static final double HEIGHT = 680;
    private static final long WAIT_S = 30;

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

    /** The Run section as the main frame hosts it: in a FitPane, in the content area's size, with the theme. */
    static RunView show(FxRobot robot, Stage stage, RunScreen screen, TestStation station, Session session) {
        return show(robot, stage, screen, station, session, false);
    }

    /** @param correctionOffered whether the start page shows "Correct a finished batch…", as the station's Run section does */
    static RunView show(FxRobot robot, Stage stage, RunScreen screen, TestStation station, Session session, boolean correctionOffered) {
        RunView[] out = new RunView[1];
        robot.interact(() -> {
            RunViewModel model = screen.viewModel(session, UseCaseRunner.fx());
            if (correctionOffered) {
                model.start().offerCorrection(host -> { });
            }
            out[0] = RunView.load(LayoutLocator.classpathOnly(), model, station.live(), "Simulated press");
            Scene scene = new Scene(new FitPane(out[0].root()), WIDTH, HEIGHT);
            Theme.apply(scene, LayoutLocator.classpathOnly());
            stage.setScene(scene);
            stage.show();
        });
        return out[0];
    }

    static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, SECONDS);
    }

    /** Waits until the node is showing and enabled, then taps it. */
    /** Taps a batch of {@code recipe} (a two-layer test recipe) from the start page to its first press step: check, die, a layer in tolerance. */
    static void tapToFirstPress(FxRobot robot, long recipe) throws Exception {
        tap(robot, "#recipe-" + recipe);
        tap(robot, "#startBatch");
        awaitStep(robot, "Prepare");
        tap(robot, "#checkItem0");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Scan the die");
        robot.write("D10-01").type(javafx.scene.input.KeyCode.ENTER); // the label of the die chosen at start, scanned
        tap(robot, "#confirmStep");
        awaitStep(robot, "Load the electrolyte");
        tap(robot, "#enterMass");
        typeOnPad(robot, "60.4");
        tap(robot, "#enterLot");
        typeOnLotPad(robot, "LPSCL-4711");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Press the electrolyte");
    }

    static void tap(FxRobot robot, String query) throws Exception {
        waitEnabled(robot, query);
        robot.clickOn(fx(() -> robot.lookup(query).<Node>query()));
    }

    static void waitEnabled(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_S, SECONDS, () -> fx(() -> robot.lookup(query).tryQuery()
                .map(n -> n.isVisible() && !n.isDisabled() && n.getScene() != null).orElse(false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the page of the step with this title. */
    static void awaitStep(FxRobot robot, String title) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(WAIT_S, SECONDS, () -> fx(() -> robot.lookup("#stepTitle").tryQuery()
                    .map(n -> title.equals(((Labeled) n).getText())).orElse(false)));
        } catch (TimeoutException e) {
            throw new AssertionError("no page for step '" + title + "': " + fx(() -> robot.lookup("#stepTitle").tryQuery()
                    .map(n -> ((Labeled) n).getText()).orElse("(no step title)") + ", notice: " + robot.lookup("#runNotice").queryAs(Labeled.class).getText()));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void typeOnPad(FxRobot robot, String digits) throws Exception {
        for (char c : digits.toCharArray()) {
            tap(robot, "#numberPad #" + (c == '.' ? "numPoint" : "num" + c));
        }
        tap(robot, "#numOk");
    }

    /** Types a lettered code on the lot pad (letters, then digits after switching pages), then OK. */
    static void typeOnLotPad(FxRobot robot, String code) throws Exception {
        boolean letters = true;
        for (char c : code.toCharArray()) {
            boolean letter = Character.isLetter(c);
            if (Character.isDigit(c) && letters || letter && !letters) {
                tap(robot, "#txtPage");
                letters = !letters;
            }
            String id = switch (c) {
                case '-' -> letters ? "txtDash" : "txtDashDigits";
                case '.' -> "txtDot";
                case '/' -> "txtSlash";
                default -> "txt" + c;
            };
            tap(robot, "#textPad #" + id);
        }
        tap(robot, "#txtOk");
    }

    /** Presses Start and keeps pressing until the step runs (the hold takes 1.5 s), then lets go. */
    static void holdStart(FxRobot robot, RunView view) throws Exception {
        waitEnabled(robot, "#startPress");
        HoldButton start = fx(() -> robot.lookup("#startPress").queryAs(HoldButton.class));
        robot.moveTo(start).press(MouseButton.PRIMARY);
        try {
            WaitForAsyncUtils.waitFor(WAIT_S, SECONDS, () -> fx(() -> view.getViewModel().getStepModel().step().running()
                    || !(view.getViewModel().getStepModel() instanceof PressStepViewModel)));
        } finally {
            robot.release(MouseButton.PRIMARY);
        }
    }

    private void pressAndRelease(FxRobot robot, String pressTitle, String releaseTitle) throws Exception {
        awaitStep(robot, pressTitle);
        holdStart(robot, view);
        awaitStep(robot, releaseTitle);
        tap(robot, "#confirmStep");
    }

    /** A TRAINING mark on the screen now: visible, in the scene, in words. */
    private static boolean trainingMarkShown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> robot.lookup("#trainingMark").queryAll().stream()
                .anyMatch(n -> n.isVisible() && n.getScene() != null && ((Labeled) n).getText().equals("TRAINING — NOT PRODUCTION")));
    }

    @Test
    void aWholeRecipeRunsToCompleteByTapsAlone(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        screen = new RunScreen(station);
        long recipe = screen.approvedRecipe("Fast bilayer", Duration.ofSeconds(1));
        view = show(robot, stage, screen, station, station.olga());

        assertTrue(trainingMarkShown(robot), "a station on the simulated press says its batches are training");
        tap(robot, "#recipe-" + recipe);
        tap(robot, "#die-D10-01");
        tap(robot, "#startBatch");

        awaitStep(robot, "Prepare");
        assertTrue(trainingMarkShown(robot), "and so does the open training batch");
        assertTrue(fx(() -> robot.lookup("#confirmStep").query().isDisabled()), "Confirm waits for every item");
        tap(robot, "#checkItem0");
        tap(robot, "#confirmStep");

        awaitStep(robot, "Scan the die");
        assertEquals("Die D10-01 chosen at start \u2014 scan its label to confirm",
                fx(() -> robot.lookup("#scannedCode").queryAs(Labeled.class).getText()), "the die chosen at start is confirmed, not chosen again");
        assertTrue(fx(() -> robot.lookup(n -> n.getId() != null && n.getId().startsWith("scanDie-")).queryAll().isEmpty()), "no die tiles");
        robot.write("D10-01").type(javafx.scene.input.KeyCode.ENTER); // the die's label, scanned
        tap(robot, "#confirmStep");

        awaitStep(robot, "Load the electrolyte");
        tap(robot, "#enterMass");
        assertEquals("Target 60 \u00b1 2 mg\n(58 to 62 mg)", fx(() -> robot.lookup("#numNote").queryAs(Labeled.class).getText()),
                "the mass pad shows what the mass is checked against while typing");
        typeOnPad(robot, "60.5");
        tap(robot, "#enterLot");
        typeOnLotPad(robot, "LPSCL-7");
        tap(robot, "#confirmStep");

        pressAndRelease(robot, "Press the electrolyte", "Release after the electrolyte");

        awaitStep(robot, "Scan the LGPS lot");
        tap(robot, "#scanNumber");
        // The label is scanned while the pad is open: the code goes into the pad the operator looks at.
        robot.write("LGPS-815").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(WAIT_S, SECONDS, () -> "LGPS-815".equals(fx(() -> robot.lookup("#txtText").queryAs(Labeled.class).getText())));
        tap(robot, "#txtOk");
        tap(robot, "#confirmStep");

        awaitStep(robot, "Load the protective layer");
        assertEquals("LGPS-815", fx(() -> ((LoadLayerViewModel) view.getViewModel().getStepModel()).getLot()),
                "the lot the scan step just scanned is filled in, not asked again");
        assertEquals("Lot (scanned)\nLGPS-815", fx(() -> robot.lookup("#enterLot").queryAs(Labeled.class).getText()));
        tap(robot, "#enterMass");
        typeOnPad(robot, "30");
        tap(robot, "#confirmStep");

        pressAndRelease(robot, "Press the stack", "Release after the stack");
        awaitStep(robot, "Eject");
        tap(robot, "#confirmStep");

        awaitStep(robot, "Inspect");
        tap(robot, "#pass0");
        tap(robot, "#confirmStep");

        waitEnabled(robot, "#newBatch");
        String batchId = fx(() -> view.getViewModel().getBatch().batchId());
        assertEquals("COMPLETE", fx(() -> view.getViewModel().getEndModel().getOutcome().word()));
        BatchRun record = station.stored(batchId);
        assertEquals(BatchState.COMPLETE, record.state(), record::toString);
        assertEquals(11, record.steps().size());
        for (var step : record.steps()) {
            assertEquals(StepState.CONFIRMED, step.state(), () -> "step " + step.number() + " " + step.step().title() + " " + step.values());
        }
        assertEquals("60.5", record.step(3).value("mass.mg"));
        assertEquals("LPSCL-7", record.step(3).value("lot"));
        assertEquals("LGPS-815", record.step(6).value("scan.code"));
        assertEquals("LGPS-815", record.step(7).value("lot"));
        assertEquals("olga", record.operator());

        tap(robot, "#newBatch");
        waitEnabled(robot, "#recipe-" + recipe);
    }
}
