package org.layerpress.ui.alarms;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.batch.AlarmState;
import org.layerpress.application.alarms.BatchAlarmConditions;
import org.layerpress.application.alarms.PressConditions;
import org.layerpress.testing.TestStation;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.sim.PlcState;
import org.layerpress.testing.Eventually;
import org.layerpress.ui.controls.Glyph;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The alarm banner in the real main frame (Main.fxml + AlarmBanner.fxml + the theme) under Monocle,
 * fed by the real sequencer on the real simulator and H2 file: the door opened during a press hold
 * raises the alarm, the banner shows it in every section, a tap acknowledges it as the logged-in user.
 */
@ExtendWith(ApplicationExtension.class)
class AlarmBannerViewTest {

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
        if (station != null) {
            station.close();
        }
    }

    private void showMainFrame(FxRobot robot, Session session) {
        MainFrameWithAlarms.show(robot, stage, station, session);
    }

    private static boolean bannerShown(FxRobot robot) {
        Node banner = robot.lookup("#alarmBanner").query();
        return banner.isVisible() && banner.isManaged();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void theDoorOpenedDuringAHoldShowsInTheBannerOnEverySectionAndTapsAcknowledgeEachAlarmAsTheUserInTheBatchRecordToo(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        long recipe = station.approvedRecipe("Banner", Duration.ofSeconds(5));
        Session olga = station.olga();
        String batchId = station.startAndLoad(olga, recipe, TestStation.DIE).batchId();
        showMainFrame(robot, olga);
        WaitForAsyncUtils.waitForFxEvents();
        // Before the press step no alarm of this batch or its door; the station may have others of its own
        // (a link that dropped while the busy test machine started up is one), which the taps below acknowledge too.
        assertTrue(station.alarms().manager().current().stream().noneMatch(a -> a.key().startsWith(BatchAlarmConditions.PREFIX)
                || a.key().equals(PressConditions.DOOR_OPEN_WHILE_PRESSING)), () -> "before the step: " + station.alarms().manager().current());

        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(olga);
        Eventually.waitUntil("holding", () -> station.press().plc().state() == PlcState.HOLDING, station.press().plc()::state);
        station.press().plc().setDoorClosed(false);

        // Wait for the whole banner: its labels are read from the test thread and may be one pulse apart.
        waitFor("the banner shows a door alarm", () -> bannerShown(robot) && text(robot, "#alarmMessage").contains("oor opened")
                && "Active, not acknowledged".equals(text(robot, "#alarmState")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("HIGH", text(robot, "#alarmPriority .lp-indicator-word"));
        Node glyph = robot.lookup("#alarmPriority .lp-glyph").query();
        assertTrue(glyph.getStyleClass().contains(Glyph.ALARM.styleClass()), glyph.getStyleClass().toString());
        Button acknowledge = robot.lookup("#acknowledgeAlarm").queryButton();
        assertTrue(acknowledge.getHeight() >= 119 && acknowledge.getWidth() >= 119, "a glove-sized target: " + acknowledge.getWidth() + "x" + acknowledge.getHeight());
        // The batch's own alarm, the door and the PLC's fault: all three are the station's alarms now.
        waitFor("the batch alarm is a station alarm too", () -> station.alarms().manager().current().stream()
                .anyMatch(a -> a.key().startsWith(BatchAlarmConditions.PREFIX)));

        robot.clickOn("#recipesButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bannerShown(robot), "the banner stays above every section");

        for (int taps = 0; taps < 8 && bannerShown(robot); taps++) {
            robot.clickOn("#acknowledgeAlarm");
            WaitForAsyncUtils.waitForFxEvents();
        }

        waitFor("the banner goes once nothing is unacknowledged", () -> !bannerShown(robot));
        assertEquals(AlarmState.ACTIVE_ACKNOWLEDGED, station.stored(batchId).alarms().get(0).state(), "acknowledged in the batch record too");
        assertEquals("olga", station.stored(batchId).alarms().get(0).acknowledgedBy());
        assertEquals(1, station.auditCount(AuditActions.ALARM_ACKNOWLEDGED, "olga"), "the batch's acknowledgement is in the audit trail");
        assertTrue(station.auditCount(AuditActions.STATION_ALARM, "olga") >= 3, "each station acknowledgement too");
        assertEquals(BatchState.HELD, station.stored(batchId).state());
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(15, SECONDS, condition);
        } catch (TimeoutException e) {
            throw new TimeoutException("not within 15 s: " + what);
        }
    }
}
