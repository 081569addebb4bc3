package org.layerpress.ui.records;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Records section as a QA reviewer taps through it, each screen checked for cut words, text off
 * the screen or over other text, buttons under 20 mm and scaling ({@link ScreenChecks}): the list,
 * a record's summary, timeline and trace, the sign-off pad, and the record once signed off.
 */
@ExtendWith(ApplicationExtension.class)
class RecordsScreensFitTest {

    @TempDir
    Path dir;
    private Stage stage;
    private TestStation station;
    private final ScreenChecks checks = new ScreenChecks();
    private final List<String> findings = new ArrayList<>();
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

    private void check(String name) throws Exception {
        findings.addAll(checks.check(stage.getScene(), "records-" + name));
    }

    @Test
    void theListARecordItsSignOffAndTheSignedRecordFit(FxRobot robot) throws Exception {
        station = StationQa.station(dir, "2026-11-24T07:00:00Z");
        StationQa.batch(station, "B-20261124-0001", "olga", Instant.parse("2026-11-24T08:00:00Z"), true);
        StationQa.batch(station, "B-20261125-0001", "olga", Instant.parse("2026-11-25T08:00:00Z"), false);
        RecordsView view = RecordScreens.show(robot, stage, new StationQa(station, dir), () -> station.quinn(), 2);
        check("list");

        robot.clickOn("B-20261125-0001");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> view.detail() != null && view.detail().getViewModel().isLoaded()));
        RecordScreens.waitShowing(robot, "#approve");
        check("summary");
        RecordScreens.tap(robot, "#tabTimeline");
        check("timeline");
        RecordScreens.tap(robot, "#tabTrace5");
        check("trace");

        RecordScreens.tap(robot, "#approve");
        RecordScreens.tap(robot, "#ownName");
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#key2");
        }
        check("sign-off");
        RecordScreens.tap(robot, "#signButton");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() ->
                robot.lookup("#chipRow").queryAs(HBox.class).getChildren().stream().anyMatch(n -> "Approved".equals(((Label) n).getText()))));
        check("signed-off");

        ScreenChecks.assertOnly(findings, List.of());
    }
}
