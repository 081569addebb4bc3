package org.layerpress.ui.records;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Which batches used lot X?" on one screen: Find → lot → the scanner types into the pad → the list, each line saying where the lot went. */
@ExtendWith(ApplicationExtension.class)
class RecordsFindTest {

    static final String LOT = "LPSCl-2611-07";

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

    /** Three batches: Monday's and Wednesday's loaded their electrolyte from the lot, Tuesday's from another. */
    @BeforeAll
    static void writeRecords() {
        records = StationQa.written(recordsDir, "2026-11-23T07:00:00Z", station -> {
            batch(station, "B-20261123-0001", "2026-11-23T08:00:00Z", LOT);
            batch(station, "B-20261124-0001", "2026-11-24T08:00:00Z", "LPSCl-2611-09");
            batch(station, "B-20261125-0001", "2026-11-25T08:00:00Z", LOT);
        });
    }

    private static void batch(TestStation station, String id, String start, String electrolyteLot) {
        BatchRecordBuilder.bilayer(id).lot(3, electrolyteLot).startingAt(Instant.parse(start)).on(station).complete();
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
    void aScannedLotShowsExactlyTheBatchesThatUsedItAndWhereOnGloveSizedScreens(FxRobot robot) throws Exception {
        RecordsView view = RecordScreens.show(robot, stage, threeBatches(), () -> station.quinn(), 3);
        List<String> findings = new ArrayList<>();
        ScreenChecks checks = new ScreenChecks();

        RecordScreens.tap(robot, "#findFilter");
        RecordScreens.waitShowing(robot, "#findLot");
        findings.addAll(checks.check(stage.getScene(), "records-find"));
        RecordScreens.tap(robot, "#findLot");
        RecordScreens.waitShowing(robot, "#txtOk");

        // The barcode scanner is a keyboard: the label's code, then Enter.
        robot.write(LOT);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> LOT.equals(robot.lookup("#txtText").queryAs(Label.class).getText())));
        findings.addAll(checks.check(stage.getScene(), "records-find-lot-pad"));
        RecordScreens.tap(robot, "#txtOk");

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> view.getListModel().rows().size() == 2
                && !view.getListModel().rows().get(0).usedIn().isEmpty()));
        assertEquals(List.of("B-20261125-0001", "B-20261123-0001"),
                RecordScreens.fx(() -> view.getListModel().rows().stream().map(BatchLine::batchId).toList()));
        assertEquals("Lot\n" + LOT, RecordScreens.fx(() -> robot.lookup("#findFilter").queryButton().getText()));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> usedIn = RecordScreens.fx(() -> robot.lookup("#usedIn").queryAllAs(Label.class).stream().map(Label::getText).toList());
        assertEquals(2, usedIn.size(), usedIn.toString());
        assertEquals(List.of("Step 4 · electrolyte", "Step 4 · electrolyte"), usedIn);
        findings.addAll(checks.check(stage.getScene(), "records-lot-list"));

        // Cleared, the list is whole again.
        RecordScreens.tap(robot, "#findFilter");
        RecordScreens.tap(robot, "#findClear");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> view.getListModel().rows().size() == 3));

        ScreenChecks.assertOnly(findings, List.of());
    }

    @Test
    void aDieAndAMaterialAreTappedFromTheValuesTheRecordsHold(FxRobot robot) throws Exception {
        RecordsView view = RecordScreens.show(robot, stage, threeBatches(), () -> station.quinn(), 3);
        List<String> findings = new ArrayList<>();
        RecordScreens.tap(robot, "#findFilter");
        RecordScreens.tap(robot, "#findDie");
        findings.addAll(new ScreenChecks().check(stage.getScene(), "records-find-die"));
        RecordScreens.choose(robot, BatchRecordBuilder.DIE);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> view.getListModel().filter().dieId().isPresent()
                && view.getListModel().rows().size() == 3));
        assertEquals("Die\n" + BatchRecordBuilder.DIE, RecordScreens.fx(() -> robot.lookup("#findFilter").queryButton().getText()));
        ScreenChecks.assertOnly(findings, List.of());
    }
}
