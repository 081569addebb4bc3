package org.layerpress.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.Decision;
import org.layerpress.application.batch.TrainingNotes;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.RecordTimeline;
import org.layerpress.application.training.TrainingFault;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.sim.PlcState;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.alarms.AlarmBannerView;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.shell.HmiApplication;
import org.layerpress.ui.shell.HmiContext;
import org.layerpress.ui.shell.MainView;
import org.layerpress.ui.shell.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Training section in the real main frame (Main.fxml, Training.fxml, the theme) under Monocle, on a station
 * with its own simulated press and H2 file: a Supervisor opens the door from the panel while the operator's
 * press step holds, the batch is HELD with an alarm, the door is closed from the panel, the fault reset and the
 * batch resumed, and the record says both injections were training.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingPanelTest {

    @TempDir
    Path dir;
    private TestStation station;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        Words.use(Words.STATION_DEFAULT);
        if (station != null) {
            station.close();
        }
    }

    private Scene showMainFrame(FxRobot robot, Session session) {
        LayoutLocator layouts = LayoutLocator.classpathOnly();
        HmiContext ctx = new HmiContext(station.live(), "Simulated press", Optional.empty(), true, () -> { }, station.services())
                .withAlarmBanner(s -> AlarmBannerView.create(layouts, station.alarms().manager(), s))
                .withTraining(s -> TrainingView.section(layouts, station.trainingFaults(), s));
        AtomicReference<Scene> scene = new AtomicReference<>();
        robot.interact(() -> {
            MainViewModel vm = new MainViewModel(session, station.services().sessions(), UseCaseRunner.fx(), () -> { }, () -> { });
            scene.set(new Scene(MainView.load(layouts, ctx, vm).root(), HmiApplication.PANEL_WIDTH, HmiApplication.PANEL_HEIGHT));
            Theme.apply(scene.get(), layouts);
            stage.setScene(scene.get());
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return scene.get();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#trainingMessage").queryAs(Labeled.class).getText();
    }

    @Test
    void theMoreMenuAndTheTrainingPanelReadGermanAndFit(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        Words.use(Locale.GERMAN);
        Scene scene = showMainFrame(robot, station.sam());
        ScreenChecks checks = new ScreenChecks();
        List<String> findings = new ArrayList<>();
        robot.clickOn("#moreButton");
        findings.addAll(checks.check(scene, "training-more-menu-de"));
        robot.clickOn("#trainingButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("SCHULUNG — simulierte Presse", robot.lookup("#trainingMark").queryAs(Labeled.class).getText());
        findings.addAll(checks.check(scene, "training-panel-de"));
        robot.clickOn("#faultsDown");
        findings.addAll(checks.check(scene, "training-panel-amounts-de"));
        // The PLC fault's row is near the end: bring it to the top of the list, whole, before tapping its amount.
        ListView<?> faults = robot.lookup("#faultList").query();
        int plcFault = faults.getItems().indexOf(TrainingFault.Kind.PLC_FAULT);
        robot.interact(() -> faults.scrollTo(plcFault));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#amount-PLC_FAULT");
        // The picker lies over the section under a scrim: overlaps with the rows under it are not findings; a cut tile is.
        findings.addAll(checks.check(scene, "training-panel-code-picker-de").stream()
                .filter(f -> !(f.contains("overlapping") && f.contains(".lp-picker-"))).toList());
        robot.clickOn("Code 3 — HMI-Herzschlag verloren");
        Eventually.waitUntil("code taken", () -> robot.lookup("#inject-PLC_FAULT").queryAs(Labeled.class).getText().equals("SPS-Fehler (Code 3)"),
                () -> robot.lookup("#inject-PLC_FAULT").queryAs(Labeled.class).getText());
        ScreenChecks.assertOnly(findings, List.of());
    }

    @Test
    void theDoorOpenedFromThePanelWhilePressingHoldsTheBatchAndTheRecordSaysItWasTraining(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        long recipe = station.approvedRecipe("Trained door", Duration.ofSeconds(60));
        Session olga = station.olga();
        String batchId = station.startAndLoad(olga, recipe, TestStation.DIE).batchId();
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(olga);
        Eventually.waitUntil("holding", () -> station.press().plc().state() == PlcState.HOLDING, station.press().plc()::state);

        Session sam = station.sam();
        Scene scene = showMainFrame(robot, sam);
        ScreenChecks checks = new ScreenChecks();
        robot.clickOn("#moreButton");
        ScreenChecks.assertOnly(checks.check(scene, "training-more-menu"), List.of());
        robot.clickOn("#trainingButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TrainingViewModel.MARK, robot.lookup("#trainingMark").queryAs(Labeled.class).getText());
        ScreenChecks.assertOnly(checks.check(scene, "training-panel"), List.of());
        robot.clickOn("#faultsDown");
        ScreenChecks.assertOnly(checks.check(scene, "training-panel-amounts"), List.of());
        robot.clickOn("#amount-LEAK_ON");
        // The picker covers the section (its host), not the whole scene, so the checks take the rows under its scrim for
        // text it overlaps; anything else found on it still fails.
        ScreenChecks.assertOnly(checks.check(scene, "training-panel-amount-picker").stream()
                .filter(f -> !f.contains(".lp-picker-")).toList(), List.of());
        robot.clickOn("1 kN/s");
        Eventually.waitUntil("amount taken", () -> robot.lookup("#inject-LEAK_ON").queryAs(Labeled.class).getText().endsWith("(1 kN/s)"),
                () -> robot.lookup("#inject-LEAK_ON").queryAs(Labeled.class).getText());
        robot.clickOn("#faultsUp");

        robot.clickOn("#inject-DOOR_OPEN");

        Eventually.waitUntil("held", () -> station.stored(batchId).state() == BatchState.HELD, () -> station.stored(batchId).state());
        BatchRun held = station.stored(batchId);
        assertFalse(held.alarms().isEmpty(), "held with an alarm");
        Eventually.waitUntil("outcome shown", () -> message(robot).startsWith("Open the guard door: done."), () -> message(robot));

        robot.clickOn("#inject-DOOR_CLOSE");
        Eventually.waitUntil("door closed seen", () -> station.live().isTrue(StandardSignal.DOOR_CLOSED), station.live()::snapshot);
        Eventually.waitUntil("released", () -> station.press().plc().state() == PlcState.IDLE, station.press().plc()::state);
        // The PLC latched its door fault (T9): the Supervisor resets it, then the operator goes on.
        station.sequencer().faultReset().reset(sam);
        station.sequencer().resume(olga, Decision.CONTINUE, "Training exercise over");

        assertEquals(BatchState.RUNNING, station.stored(batchId).state());
        List<BatchEvent> trained = station.events(batchId).stream().filter(e -> e.kind() == BatchEventKind.TRAINING_FAULT).toList();
        assertEquals(List.of("Open the guard door", "Close the guard door"), trained.stream().map(e -> e.value(TrainingNotes.FAULT)).toList());
        assertTrue(trained.stream().allMatch(e -> e.actor().equals("sam")));
        BatchRecord record = station.review().records().open(station.quinn(), batchId);
        assertTrue(RecordTimeline.deviations(record).stream().anyMatch(d -> d.what().startsWith("TRAINING: Open the guard door")),
                RecordTimeline.deviations(record).toString());
    }
}
