package org.layerpress.ui.batch;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.ui.batch.RunViewTest.awaitStep;
import static org.layerpress.ui.batch.RunViewTest.fx;
import static org.layerpress.ui.batch.RunViewTest.show;
import static org.layerpress.ui.batch.RunViewTest.tap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.review.RecordTimeline;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StepState;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * By taps on the real Run screen (real simulator over loopback, real H2 file, JavaFX under Monocle):
 * Hold… on a step with a tapped reason puts the batch on hold by the operator, the Held page says who
 * and why, Continue asks for a reason by tap, and the record keeps both reasons in words; a failed
 * inspection asks why before it is confirmed. Every new page passes the screen checks.
 */
@ExtendWith(ApplicationExtension.class)
class OperatorHoldViewTest {

    @TempDir
    Path dir;
    private Stage stage;
    private TestStation station;
    private final List<String> findings = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(null)).get(10, SECONDS);
        if (station != null) {
            if (station.sequencer().current().isPresent()) {
                station.sequencer().abort(station.olga(), "end of test");
            }
            station.close();
        }
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    /** Taps the reason tile that says {@code words} in the open picker. */
    private static void tapChoice(FxRobot robot, String words) throws Exception {
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> robot.lookup(".lp-picker-choice").queryAll().stream()
                .anyMatch(n -> words.equals(((Labeled) n).getText()))));
        Node tile = fx(() -> robot.lookup(".lp-picker-choice").queryAll().stream().filter(n -> words.equals(((Labeled) n).getText()))
                .findFirst().orElseThrow());
        robot.clickOn(tile);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void check(String name) throws Exception {
        findings.addAll(new ScreenChecks().check(stage.getScene(), name));
    }

    @Test
    void anOperatorHoldsByTapAndContinuesWithATappedReasonAndTheRecordSaysBoth(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        long recipe = station.approvedRecipe("Held by taps", Duration.ofSeconds(1));
        Session olga = station.olga();
        String id = station.sequencer().start(olga, new StartBatchCommand(recipe, TestStation.DIE.id())).batchId();
        station.sequencer().confirmCheck(olga);
        show(robot, stage, new RunScreen(station), station, olga);
        awaitStep(robot, "Scan the die");
        check("run-step-with-hold");

        tap(robot, "#holdOrAbort");
        tap(robot, "#holdBatch");
        tapChoice(robot, "Glovebox problem");
        check("run-hold-reason");
        tap(robot, "#pickerOk");

        Eventually.waitUntil("held", () -> station.stored(id).state() == BatchState.HELD, () -> station.stored(id));
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> fx(() -> robot.lookup("#heldCause").tryQuery().isPresent()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Held by Olga Operator. Reason: Glovebox problem.", text(robot, "#heldCause"));
        check("run-held-by-operator");

        tap(robot, "#continueBatch");
        tapChoice(robot, "Cause found and cleared");
        check("run-continue-reason");
        tap(robot, "#pickerOk");

        Eventually.waitUntil("running again", () -> station.stored(id).state() == BatchState.RUNNING, () -> station.stored(id));
        awaitStep(robot, "Scan the die");
        List<RecordTimeline.DeviationLine> lines = RecordTimeline.deviations(station.review().reader().existing(id));
        assertEquals("held: Held by Olga Operator", lines.get(0).what());
        assertEquals("Glovebox problem", lines.get(0).reason());
        assertEquals("resumed: continued", lines.get(1).what());
        assertEquals("Cause found and cleared", lines.get(1).reason());
        assertEquals(List.of(), findings);
    }

    @Test
    void aFailedInspectionAsksWhyByTapBeforeItIsConfirmed(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        long recipe = station.approvedRecipe("Inspected by taps", Duration.ofSeconds(1));
        Session olga = station.olga();
        String id = station.startAndLoad(olga, recipe, TestStation.DIE).batchId();
        pressAndRelease(olga, id, 4);
        station.sequencer().loadLayer(olga, 30, "LOT-B", Optional.empty());
        pressAndRelease(olga, id, 7);
        station.sequencer().eject(olga);
        int inspect = station.stored(id).steps().size();
        String title = station.stored(id).step(inspect).step().title();
        show(robot, stage, new RunScreen(station), station, olga);
        awaitStep(robot, title);

        tap(robot, "#fail0");
        tap(robot, "#confirmStep");
        tapChoice(robot, "Crack or chip");
        check("run-inspection-failed-reason");
        tap(robot, "#pickerOk");

        Eventually.waitUntil("complete", () -> station.stored(id).state() == BatchState.COMPLETE, () -> station.stored(id));
        BatchRun done = station.stored(id);
        assertEquals(StepState.DEVIATED, done.step(inspect).state());
        assertEquals("Crack or chip", done.step(inspect).value(BatchRun.REASON));
        assertTrue(RecordTimeline.deviations(station.review().reader().existing(id)).stream()
                .anyMatch(d -> d.step() == inspect && d.reason().equals("Crack or chip")));
        assertEquals(List.of(), findings);
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
