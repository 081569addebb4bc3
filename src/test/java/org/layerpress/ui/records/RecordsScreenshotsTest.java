package org.layerpress.ui.records;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.QaDecision;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the QA screens to PNG for the docs and for looking at them:
 * {@code mvn test -Dtest=RecordsScreenshotsTest -Dlayerpress.screenshots=target/screens}
 * (docs/ keeps reviewed copies: qa-list, qa-detail, qa-compare, qa-signoff).
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "layerpress.screenshots", matches = ".+")
class RecordsScreenshotsTest {

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static Path out(String name) {
        return Path.of(System.getProperty("layerpress.screenshots")).resolve(name);
    }

    private TestStation station;

    /** A week of the bilayer recipe: approved, rejected, aborted, flagged and fresh batches. */
    private StationQa aWeek() {
        station = StationQa.station(dir, "2026-11-19T07:00:00Z");
        Instant day = Instant.parse("2026-11-19T08:10:00Z");
        StationQa.signedOff(station, StationQa.batch(station, "B-20261119-0001", "olga", day, false), QaDecision.APPROVED, "Golden batch");
        StationQa.signedOff(station, StationQa.batch(station, "B-20261120-0001", "omar", day.plus(Duration.ofDays(1)), true),
                QaDecision.REJECTED, "Pressure outside the band");
        StationQa.signedOff(station, StationQa.batch(station, "B-20261121-0001", "olga", day.plus(Duration.ofDays(2)), false), QaDecision.APPROVED, "");
        BatchRecordBuilder.bilayer("B-20261123-0001").by("omar").startingAt(day.plus(Duration.ofDays(4))).on(station)
                .abortedAt(3, "Die D10-01 plunger sticks; die sent for cleaning");
        StationQa.batch(station, "B-20261124-0001", "olga", day.plus(Duration.ofDays(5)), false);
        StationQa.batch(station, "B-20261125-0001", "olga", day.plus(Duration.ofDays(6)), true);
        station.review().amendments().amend(station.olga(), "B-20261125-0001", 4, "lot", "LPSCl-2611-01", "Lot label misread at weighing",
                TestStation.signature("olga", "111111", ""));
        return new StationQa(station, dir);
    }

    private static void noSmallText(FxRobot robot) {
        for (Labeled l : robot.lookup(".label").queryAllAs(Labeled.class)) {
            assertTrue(l.getFont().getSize() >= 23.99 || !l.isVisible(), () -> "too small: '" + l.getText() + "' " + l.getFont());
        }
    }

    @Test
    void qaScreens(FxRobot robot) throws Exception {
        RecordsView view = RecordScreens.show(robot, stage, aWeek(), () -> station.quinn(), BatchListViewModel.PAGE_SIZE);
        noSmallText(robot);
        RecordScreens.png(stage.getScene(), out("qa-list.png"));
        RecordScreens.tap(robot, "#dateFilter");
        RecordScreens.tap(robot, "#datesFromMinus");
        noSmallText(robot);
        RecordScreens.png(stage.getScene(), out("qa-dates.png"));
        RecordScreens.tap(robot, "#datesCancel");

        robot.clickOn("B-20261125-0001");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> view.detail() != null && view.detail().getViewModel().isLoaded()));
        robot.moveTo("#batchTitle");
        RecordScreens.png(stage.getScene(), out("qa-summary.png"));
        RecordScreens.tap(robot, "#tabTimeline");
        RecordScreens.tap(robot, "#timelineDown");
        RecordScreens.tap(robot, "#timelineDown");
        robot.moveTo("#batchTitle");
        RecordScreens.png(stage.getScene(), out("qa-timeline.png"));
        RecordScreens.tap(robot, "#tabTrace9");
        robot.moveTo("#chartCaption");
        noSmallText(robot);
        RecordScreens.png(stage.getScene(), out("qa-detail.png"));

        RecordScreens.tap(robot, "#compare");
        RecordScreens.choose(robot, "B-20261119-0001\nolga · Approved");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> view.detail().getViewModel().getChart().comparing()));
        // Zoomed into the hold: the pressure axis fits the band, and the leak's fall shows beside the golden batch.
        RecordScreens.tap(robot, "#zoomIn");
        RecordScreens.tap(robot, "#zoomIn");
        robot.moveTo("#chartCaption");
        RecordScreens.png(stage.getScene(), out("qa-compare.png"));

        RecordScreens.tap(robot, "#reject");
        RecordScreens.tap(robot, "#ownName");
        RecordScreens.tap(robot, "#signReason");
        RecordScreens.choose(robot, "Pressure outside the band");
        RecordScreens.tap(robot, "#pickerOk");
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#key2");
        }
        RecordScreens.png(stage.getScene(), out("qa-signoff.png"));
    }
}
