package org.layerpress.ui.records;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.QaDecision;
import org.layerpress.domain.user.Role;
import org.layerpress.testing.TestStation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** List → record → trace → sign-off by taps on a real scene (Monocle), on the real QA use cases and store. */
@ExtendWith(ApplicationExtension.class)
class RecordsViewTest {

    @TempDir
    static Path recordsDir;
    private static StationQa.Written records;

    @TempDir
    Path dir;
    private Stage stage;
    private TestStation station;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Monday's approved, Tuesday's with a leak in the stack's hold, Wednesday's by Omar; written once, copied for each test. */
    @BeforeAll
    static void writeRecords() {
        records = StationQa.written(recordsDir, "2026-11-23T07:00:00Z", station -> {
            StationQa.batch(station, "B-20261123-0001", "olga", Instant.parse("2026-11-23T08:00:00Z"), false);
            StationQa.signedOff(station, "B-20261123-0001", QaDecision.APPROVED, "");
            StationQa.batch(station, "B-20261124-0001", "olga", Instant.parse("2026-11-24T08:00:00Z"), true);
            StationQa.batch(station, "B-20261125-0001", "omar", Instant.parse("2026-11-25T08:00:00Z"), false);
        });
    }

    @AfterEach
    void close() {
        if (station != null) {
            station.close();
        }
    }

    private StationQa threeBatches() {
        station = records.copy(dir);
        return new StationQa(station, dir);
    }

    @Test
    void qaFiltersOpensABatchZoomsItsTraceAndApprovesItWithASignature(FxRobot robot) throws Exception {
        RecordsView view = RecordScreens.show(robot, stage, threeBatches(), () -> station.quinn(), 3);

        RecordScreens.tap(robot, "#decisionFilter");
        RecordScreens.choose(robot, "Not yet signed off");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> view.getListModel().rows().size() == 2));
        assertEquals("QA decision\nNot yet signed off", RecordScreens.fx(() -> robot.lookup("#decisionFilter").queryButton().getText()));

        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("B-20261125-0001");
        RecordScreens.waitShowing(robot, "#approve");
        assertEquals("Batch B-20261125-0001", RecordScreens.fx(() -> robot.lookup("#batchTitle").queryAs(Label.class).getText()));

        RecordScreens.tap(robot, "#tabTrace5");
        double before = RecordScreens.fx(() -> view.detail().getViewModel().getChart().windowEnd());
        RecordScreens.tap(robot, "#zoomIn");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() ->
                view.detail().getViewModel().getChart().windowEnd() - view.detail().getViewModel().getChart().windowStart() < before * 0.6));

        RecordScreens.tap(robot, "#approve");
        RecordScreens.tap(robot, "#ownName");
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#key9");
        }
        RecordScreens.tap(robot, "#signButton");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() ->
                robot.lookup("#signMessage").queryAs(Label.class).getText().contains("Wrong PIN")));
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#key2");
        }
        RecordScreens.tap(robot, "#signButton");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() ->
                robot.lookup("#chipRow").queryAs(HBox.class).getChildren().stream().anyMatch(n -> "Approved".equals(((Label) n).getText()))));
        assertTrue(RecordScreens.fx(() -> robot.lookup("#approve").queryAs(Button.class).isDisabled()), "a locked record cannot be signed again");
        assertEquals("Signed off already; the record is locked.",
                RecordScreens.fx(() -> robot.lookup("#signOffBlocker").queryAs(Label.class).getText()));
        assertTrue(RecordScreens.fx(() -> robot.lookup("#detailMessage").queryAs(Label.class).getText())
                .startsWith("Signed off: Approved by Quinn Reviewer (quinn)"));

        RecordScreens.tap(robot, "#back");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> view.getListModel().rows().size() == 1));
    }

    @Test
    void theOperatorOfABatchSeesWhySheCannotSignIt(FxRobot robot) throws Exception {
        RecordsView view = RecordScreens.show(robot, stage, threeBatches(), () -> {
            station.assignRoles("olga", EnumSet.of(Role.OPERATOR, Role.QA), "covers QA on weekends");
            return station.olga();
        }, 3);
        robot.clickOn("B-20261124-0001");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> view.detail() != null && view.detail().getViewModel().isLoaded()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(RecordScreens.fx(() -> robot.lookup("#approve").queryAs(Button.class).isDisabled()));
        assertEquals("You operated this batch: another QA reviewer signs it off.",
                RecordScreens.fx(() -> robot.lookup("#signOffBlocker").queryAs(Label.class).getText()));
        RecordScreens.tap(robot, "#tabFlags");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(RecordScreens.fx(() -> robot.lookup("Hold decay (leak)").tryQuery().isPresent()), "the flag's name in words");
    }

    @Test
    void daysArePickedWithSteppersAndShownOnTheDateButton(FxRobot robot) throws Exception {
        RecordsView view = RecordScreens.show(robot, stage, threeBatches(), () -> station.quinn(), 3);
        RecordScreens.tap(robot, "#dateFilter");
        RecordScreens.tap(robot, "#datesToMinus");
        RecordScreens.tap(robot, "#datesFromPlus");
        RecordScreens.tap(robot, "#datesFromPlus");
        RecordScreens.tap(robot, "#datesFromPlus");
        assertEquals("2026-11-22", RecordScreens.fx(() -> robot.lookup("#datesFrom").queryAs(Label.class).getText()));
        assertEquals("2026-11-24", RecordScreens.fx(() -> robot.lookup("#datesTo").queryAs(Label.class).getText()));
        RecordScreens.tap(robot, "#datesApply");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> view.getListModel().rows().size() == 2));
        assertEquals("Dates\n2026-11-22 to 2026-11-24", RecordScreens.fx(() -> robot.lookup("#dateFilter").queryButton().getText()));

        RecordScreens.tap(robot, "#dateFilter");
        RecordScreens.tap(robot, "#dates-TODAY");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> view.getListModel().rows().size() == 1));
        assertEquals("B-20261125-0001", RecordScreens.fx(() -> view.getListModel().rows().get(0).batchId()));
    }
}
