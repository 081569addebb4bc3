package org.layerpress.ui.records;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.QaDecision;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The QA screens as pictures for the docs, on a week of records written through the real store
 * (docs/ keeps qa-list, qa-dates, qa-detail, qa-timeline, qa-compare, qa-signoff). Text sizes are
 * checked by the suite's {@code RecordsTextSizeTest}.
 */
@ExtendWith(ApplicationExtension.class)
class RecordsPictures {

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
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
        // A training batch (run on the demo station) among the real ones: the list and its record say so.
        BatchRecordBuilder.bilayer("B-20261124-0001").by("olga").startingAt(day.plus(Duration.ofDays(5))).training().on(station).complete();
        StationQa.batch(station, "B-20261125-0001", "olga", day.plus(Duration.ofDays(6)), true);
        station.review().amendments().amend(station.olga(), "B-20261125-0001", 4, "lot", "LPSCl-2611-01", "Lot label misread at weighing",
                TestStation.signature("olga", "111111", ""));
        return new StationQa(station, dir);
    }

    @Test
    void qaScreens(FxRobot robot) throws Exception {
        RecordsView view = RecordScreens.show(robot, stage, aWeek(), () -> station.quinn(), BatchListViewModel.PAGE_SIZE);
        Screenshots.shoot(stage.getScene(), "qa-list.png");
        RecordScreens.tap(robot, "#dateFilter");
        RecordScreens.tap(robot, "#datesFromMinus");
        Screenshots.shoot(stage.getScene(), "qa-dates.png");
        RecordScreens.tap(robot, "#datesCancel");

        robot.clickOn("B-20261124-0001");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> view.detail() != null && view.detail().getViewModel().isLoaded()));
        robot.moveTo("#batchTitle");
        Screenshots.shoot(stage.getScene(), "qa-training.png");
        RecordScreens.tap(robot, "#back");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("B-20261125-0001");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> view.detail() != null && view.detail().getViewModel().isLoaded()));
        robot.moveTo("#batchTitle");
        Screenshots.shoot(stage.getScene(), "qa-summary.png");
        RecordScreens.tap(robot, "#tabTimeline");
        RecordScreens.tap(robot, "#timelineDown");
        RecordScreens.tap(robot, "#timelineDown");
        robot.moveTo("#batchTitle");
        Screenshots.shoot(stage.getScene(), "qa-timeline.png");
        RecordScreens.tap(robot, "#tabTrace9");
        robot.moveTo("#chartCaption");
        Screenshots.shoot(stage.getScene(), "qa-detail.png");

        RecordScreens.tap(robot, "#compare");
        RecordScreens.choose(robot, "B-20261119-0001\nOlga Operator · Approved");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> view.detail().getViewModel().getChart().comparing()));
        // Zoomed into the hold: the pressure axis fits the band, and the leak's fall shows beside the golden batch.
        RecordScreens.tap(robot, "#zoomIn");
        RecordScreens.tap(robot, "#zoomIn");
        robot.moveTo("#chartCaption");
        Screenshots.shoot(stage.getScene(), "qa-compare.png");

        RecordScreens.tap(robot, "#reject");
        RecordScreens.tap(robot, "#ownName");
        RecordScreens.tap(robot, "#signReason");
        RecordScreens.choose(robot, "Pressure outside the band");
        RecordScreens.tap(robot, "#pickerOk");
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#key2");
        }
        Screenshots.shoot(stage.getScene(), "qa-signoff.png");
    }
}
