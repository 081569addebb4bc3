package org.layerpress.ui.records;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.QaDecision;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.Readability;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** No text below the root font size on the QA list, its date picker, and a record's press trace. */
@ExtendWith(ApplicationExtension.class)
class RecordsTextSizeTest {

    @TempDir
    Path dir;
    private Stage stage;
    private TestStation station;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        station.close();
    }

    private static List<String> smallLabels(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return RecordScreens.fx(() -> Readability.smallLabels(robot));
    }

    @Test
    void theListTheDatePickerAndATraceUseTheRootFontSizeAtLeast(FxRobot robot) throws Exception {
        station = StationQa.station(dir, "2026-11-24T07:00:00Z");
        StationQa.signedOff(station, StationQa.batch(station, "B-20261124-0001", "olga", Instant.parse("2026-11-24T08:00:00Z"), false),
                QaDecision.APPROVED, "Golden batch");
        StationQa.batch(station, "B-20261125-0001", "olga", Instant.parse("2026-11-25T08:00:00Z"), true);
        RecordsView view = RecordScreens.show(robot, stage, new StationQa(station, dir), () -> station.quinn(), 2);
        assertEquals(List.of(), smallLabels(robot), "the list");

        RecordScreens.tap(robot, "#dateFilter");
        RecordScreens.tap(robot, "#datesFromMinus");
        assertEquals(List.of(), smallLabels(robot), "the date picker");
        RecordScreens.tap(robot, "#datesCancel");

        robot.clickOn("B-20261125-0001");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> view.detail() != null && view.detail().getViewModel().isLoaded()));
        RecordScreens.tap(robot, "#tabTrace9");
        robot.moveTo("#chartCaption");
        assertEquals(List.of(), smallLabels(robot), "a press step's trace");
    }
}
