package org.layerpress.ui.alarms;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.alarms.AlarmTransition;
import org.layerpress.application.alarms.PressConditions;
import org.layerpress.application.alarms.StationAlarm;
import org.layerpress.application.alarms.StationAlarmEvent;
import org.layerpress.application.alarms.StationAlarmManager;
import org.layerpress.application.batch.AlarmState;
import org.layerpress.application.users.Session;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.Words;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The station's alarms on the real main frame under Monocle, with no batch, fed by the real simulated
 * PLC and the H2 file: the e-stop pressed at the idle press shows in the banner, a tap acknowledges it,
 * the Alarms section lists it and its history; a Supervisor shelves one by taps and the moved station
 * clock brings it back. The screens pass the glove checks for every role's top bar.
 */
@ExtendWith(ApplicationExtension.class)
class StationAlarmsScreenTest {

    @TempDir
    Path dir;
    private TestStation station;
    private Stage stage;
    private Scene scene;

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

    private StationAlarmManager alarms() {
        return station.alarms().manager();
    }

    private void showMainFrame(FxRobot robot, Session session) {
        scene = MainFrameWithAlarms.show(robot, stage, station, session);
    }

    private static boolean bannerShown(FxRobot robot) throws Exception {
        return fx(() -> {
            Node banner = robot.lookup("#alarmBanner").query();
            return banner.isVisible() && banner.isManaged();
        });
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, SECONDS);
    }

    private static void tapChoice(FxRobot robot, String words) throws Exception {
        waitFor("the picker offers " + words, () -> fx(() -> robot.lookup(".lp-picker-choice").queryAll().stream()
                .anyMatch(n -> words.equals(((Labeled) n).getText()))));
        Node choice = fx(() -> robot.lookup(".lp-picker-choice").queryAll().stream()
                .filter(n -> words.equals(((Labeled) n).getText())).findFirst().orElseThrow());
        robot.clickOn(choice);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private AlarmState estopState() {
        return alarms().alarm(PressConditions.ESTOP_PRESSED).map(StationAlarm::state).orElse(AlarmState.NORMAL);
    }

    @Test
    void theEstopAtTheIdlePressShowsInTheBannerIsAcknowledgedByATapAndIsInTheHistory(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        showMainFrame(robot, station.olga());
        assertFalse(bannerShown(robot), "nothing to say yet");

        station.press().plc().setEstopOk(false);

        waitFor("the banner shows the e-stop", () -> bannerShown(robot) && "E-stop pressed".equals(text(robot, "#alarmMessage")));
        assertTrue(text(robot, "#alarmDetail").startsWith("No batch, raised"), text(robot, "#alarmDetail"));
        robot.clickOn("#acknowledgeAlarm");
        waitFor("acknowledged, the banner goes", () -> !bannerShown(robot));
        assertEquals(AlarmState.ACTIVE_ACKNOWLEDGED, estopState());

        robot.clickOn("#alarmsButton");
        waitFor("the Alarms section lists it", () -> fx(() -> robot.lookup("#activeList").queryAs(ListView.class).getItems().size() == 1));
        waitFor("and its history", () -> fx(() -> robot.lookup("#historyList").queryAs(ListView.class).getItems().size() == 2));
        @SuppressWarnings("unchecked")
        List<StationAlarmEvent> history = fx(() -> new ArrayList<StationAlarmEvent>(robot.lookup("#historyList").queryAs(ListView.class).getItems()));
        assertEquals(List.of(AlarmTransition.ACKNOWLEDGED, AlarmTransition.RAISED), history.stream().map(StationAlarmEvent::transition).toList());
        assertEquals("olga", history.get(0).actor());
        waitFor("the history names the alarm in words, not by its key", () -> fx(() -> robot.from(robot.lookup("#historyList").<Node>query())
                .lookup((Node n) -> n instanceof Labeled l && l.getText() != null && l.getText().contains("E-stop pressed  acknowledged"))
                .tryQuery().isPresent()));
        assertFalse(fx(() -> robot.lookup("#shelveSelected").query().isVisible()), "an Operator may not shelve");

        ScreenChecks.assertOnly(new ScreenChecks().check(scene, "alarms-operator"), List.of());

        station.press().plc().setEstopOk(true);
        Eventually.waitUntil("back to normal once released", () -> estopState() == AlarmState.NORMAL, this::estopState);
        tapChoice(robot, "Active alarms", "#whichChip");
        tapChoice(robot, "All alarms");
        waitFor("all alarms: the whole history", () -> fx(() -> robot.lookup("#historyList").queryAs(ListView.class).getItems().size() == 3));
        tapChoice(robot, "All alarms", "#whichChip");
        tapChoice(robot, "Active alarms");
        waitFor("active only: none left", () -> fx(() -> robot.lookup("#historyList").queryAs(ListView.class).getItems().isEmpty()));
    }

    private static void tapChoice(FxRobot robot, String chipText, String chip) throws Exception {
        assertEquals(chipText, fx(() -> robot.lookup(chip).queryAs(Labeled.class).getText()));
        robot.clickOn(chip);
        waitFor("a picker", () -> fx(() -> robot.lookup("." + TapPicker.OVERLAY).tryQuery().isPresent()));
    }

    @Test
    void aSupervisorShelvesAnAlarmByTapsAndTheStationClockBringsItBack(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        showMainFrame(robot, station.sam());
        station.press().plc().setEstopOk(false);
        waitFor("the banner shows the e-stop", () -> bannerShown(robot));

        robot.clickOn("#alarmsButton");
        waitFor("listed", () -> fx(() -> robot.lookup("#activeList").queryAs(ListView.class).getItems().size() == 1));
        robot.clickOn(fx(() -> robot.lookup("#activeList .list-cell").queryAll().stream()
                .filter(n -> ((javafx.scene.control.ListCell<?>) n).getItem() != null).findFirst().orElseThrow()));
        robot.clickOn("#shelveSelected");
        tapChoice(robot, "15 min");
        tapChoice(robot, "Sensor or switch under repair");

        waitFor("shelved: out of the banner", () -> !bannerShown(robot));
        StationAlarm shelved = alarms().alarm(PressConditions.ESTOP_PRESSED).orElseThrow();
        assertTrue(shelved.shelved());
        assertEquals("sam", shelved.shelvedBy());
        assertEquals(AlarmState.ACTIVE_UNACKNOWLEDGED, shelved.state(), "shelving is not acknowledging");
        StationAlarmEvent row = alarms().history(station.sam(), Duration.ofHours(1)).get(0);
        assertEquals(AlarmTransition.SHELVED, row.transition());
        assertEquals("Sensor or switch under repair", row.detail());
        ScreenChecks.assertOnly(new ScreenChecks().check(scene, "alarms-supervisor"), List.of());

        station.clock().advance(Duration.ofMinutes(15));

        waitFor("unshelved by the station clock: back in the banner", () -> bannerShown(robot));
        assertEquals(AlarmTransition.UNSHELVED, alarms().history(station.sam(), Duration.ofHours(1)).get(0).transition());
    }

    @Test
    void aGermanSupervisorShelvesByGermanTilesAndTheHistoryKeepsTheEnglishReason(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        Words.use(Locale.GERMAN);
        showMainFrame(robot, station.sam());
        station.press().plc().setEstopOk(false);
        waitFor("the banner shows the e-stop", () -> bannerShown(robot));

        robot.clickOn("#alarmsButton");
        waitFor("listed", () -> fx(() -> robot.lookup("#activeList").queryAs(ListView.class).getItems().size() == 1));
        List<String> findings = new ArrayList<>(new ScreenChecks().check(scene, "alarms-supervisor-de"));
        assertEquals("Aktive Alarme", text(robot, "#whichChip"));
        robot.clickOn(fx(() -> robot.lookup("#activeList .list-cell").queryAll().stream()
                .filter(n -> ((javafx.scene.control.ListCell<?>) n).getItem() != null).findFirst().orElseThrow()));
        robot.clickOn("#shelveSelected");
        tapChoice(robot, "15 min");
        waitFor("the reason tiles", () -> fx(() -> robot.lookup(".lp-picker-choice").queryAll().size() == AlarmsViewModel.SHELVE_REASONS.size()));
        // The picker covers the section (its host) under a scrim: text it lies over is not a finding, anything else is.
        findings.addAll(new ScreenChecks().check(scene, "alarms-shelve-reason-de").stream()
                .filter(f -> !(f.contains("overlapping") && f.contains(".lp-picker-"))).toList());
        tapChoice(robot, "Sensor oder Schalter in Reparatur");

        waitFor("shelved: out of the banner", () -> !bannerShown(robot));
        assertEquals("Sensor or switch under repair", alarms().history(station.sam(), Duration.ofHours(1)).get(0).detail(),
                "the history keeps the English preset");
        tapChoice(robot, "Aktive Alarme", "#whichChip");
        tapChoice(robot, "Alle Alarme");
        findings.addAll(new ScreenChecks().check(scene, "alarms-history-de"));
        ScreenChecks.assertOnly(findings, List.of());
    }

    @Test
    void everyRolesTopBarFitsWithTheAlarmsButton(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        List<String> findings = new ArrayList<>();
        for (Session s : List.of(station.olga(), station.quinn(), station.sam(), station.ada())) {
            showMainFrame(robot, s);
            robot.clickOn("#alarmsButton");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(fx(() -> robot.lookup("#alarmsButton").query().isVisible()), "Alarms for " + s.user().login());
            findings.addAll(new ScreenChecks().check(scene, "alarms-" + s.user().login()));
        }
        ScreenChecks.assertOnly(findings, List.of());
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(15, SECONDS, condition);
        } catch (TimeoutException e) {
            throw new TimeoutException("not within 15 s: " + what);
        }
    }
}
