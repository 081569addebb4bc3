package org.layerpress.ui.records;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.MutableClock;
import org.layerpress.testing.TestStation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A training batch says TRAINING in QA's list and on its record; a production batch beside it does not (real scene, store and use cases). */
@ExtendWith(ApplicationExtension.class)
class TrainingMarkViewTest {

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
        if (station != null) {
            station.close();
        }
    }

    private static List<String> texts(Node node) {
        List<String> out = new java.util.ArrayList<>();
        if (node instanceof Label l) {
            out.add(l.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(texts(c)));
        }
        return out;
    }

    /** The words of the list row showing {@code batchId}. */
    private static List<String> row(FxRobot robot, String batchId) throws Exception {
        return RecordScreens.fx(() -> robot.lookup(".list-cell").<ListCell<?>>queryAll().stream()
                .map(c -> texts(c)).filter(t -> t.contains(batchId)).findFirst().orElseThrow(() -> new AssertionError("no row " + batchId)));
    }

    @Test
    void aTrainingBatchIsMarkedInTheListAndOnItsRecordAndAProductionOneIsNot(FxRobot robot) throws Exception {
        station = TestStation.builder(dir.resolve("db")).clock(MutableClock.at("2026-11-23T07:00:00Z")).demoUsers().build();
        BatchRecordBuilder.bilayer("B-20261123-0001").startingAt(Instant.parse("2026-11-23T08:00:00Z")).on(station).complete();
        BatchRecordBuilder.bilayer("B-20261124-0001").startingAt(Instant.parse("2026-11-24T08:00:00Z")).training().on(station).complete();
        RecordsView view = RecordScreens.show(robot, stage, new StationQa(station, dir), () -> station.quinn(), 2);

        assertTrue(row(robot, "B-20261124-0001").contains("TRAINING"), row(robot, "B-20261124-0001").toString());
        assertFalse(row(robot, "B-20261123-0001").contains("TRAINING"), row(robot, "B-20261123-0001").toString());

        robot.clickOn("B-20261124-0001");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> view.detail() != null && view.detail().getViewModel().isLoaded()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(RecordScreens.fx(() -> texts(robot.lookup("#chipRow").queryAs(HBox.class))).contains("TRAINING"));
        assertTrue(RecordScreens.fx(() -> texts(robot.lookup("#facts").queryAs(GridPane.class))).contains(
                "Training: run on a demo station or the simulated press, not production"));

        RecordScreens.tap(robot, "#back");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("B-20261123-0001");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() ->
                view.detail() != null && view.detail().getViewModel().isLoaded()
                        && robot.lookup("#batchTitle").queryAs(Label.class).getText().equals("Batch B-20261123-0001")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), RecordScreens.fx(() -> texts(robot.lookup("#chipRow").queryAs(HBox.class)).stream()
                .filter("TRAINING"::equals).toList()));
    }
}
