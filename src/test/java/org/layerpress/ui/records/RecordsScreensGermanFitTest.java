package org.layerpress.ui.records;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.MessageLine;
import org.layerpress.ui.fx.Words;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Records section in German as a QA reviewer taps through it (the list, its date, flag and Find
 * panels, the lot pad, a flagged record's summary, timeline, flags, trace and Compare with…, a rejection with its reason tiles and
 * the signature pad, the record once rejected), each screen checked by {@link ScreenChecks}: no German
 * word cut, every key glove-sized. The signature keeps the English reason that was tapped. The signature
 * dialog, which operators sign corrections with, is also checked in Chinese. Pictures in
 * target/screen-checks (records-de-…, records-zh-…).
 */
@ExtendWith(ApplicationExtension.class)
class RecordsScreensGermanFitTest {

    private static final String LEAKY = "B-20261124-0001";

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
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(null)).get(10, SECONDS);
        Words.use(Words.STATION_DEFAULT);
        if (station != null) {
            station.close();
        }
    }

    private void check(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        findings.addAll(checks.check(stage.getScene(), "records-" + name));
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return RecordScreens.fx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    private RecordsView twoBatches(FxRobot robot) throws Exception {
        station = StationQa.station(dir, "2026-11-24T07:00:00Z");
        StationQa.batch(station, LEAKY, "olga", Instant.parse("2026-11-24T08:00:00Z"), true);
        StationQa.batch(station, "B-20261125-0001", "olga", Instant.parse("2026-11-25T08:00:00Z"), false);
        return RecordScreens.show(robot, stage, new StationQa(station, dir), () -> station.quinn(), 2);
    }

    private static void open(FxRobot robot, RecordsView view, String batchId) throws Exception {
        robot.clickOn(batchId);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> view.detail() != null && view.detail().getViewModel().isLoaded()));
        RecordScreens.waitShowing(robot, "#reject");
    }

    private static void typePin(FxRobot robot, String digit) {
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#key" + digit);
        }
    }

    @Test
    void aReviewerRejectsAFlaggedBatchOnGermanPagesAndTheSignatureKeepsTheEnglishReason(FxRobot robot) throws Exception {
        Words.use(Locale.GERMAN);
        RecordsView view = twoBatches(robot);
        assertEquals("QS-Entscheid\nAlle", text(robot, "#decisionFilter"));
        check("de-list");

        RecordScreens.tap(robot, "#dateFilter");
        check("de-dates");
        RecordScreens.tap(robot, "#datesCancel");
        RecordScreens.tap(robot, "#flagFilter");
        check("de-flag-picker");
        RecordScreens.choose(robot, "Druckabfall (Leck)");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> view.getListModel().rows().size() == 1));
        assertEquals("Markierung\nDruckabfall (Leck)", text(robot, "#flagFilter"));
        RecordScreens.tap(robot, "#findFilter");
        check("de-find");
        RecordScreens.tap(robot, "#findLot");
        assertEquals("Abbrechen", text(robot, "#txtCancel"));
        check("de-lot-pad");
        RecordScreens.tap(robot, "#txtCancel");

        open(robot, view, LEAKY);
        assertEquals("Charge " + LEAKY, text(robot, "#batchTitle"));
        check("de-summary");
        RecordScreens.tap(robot, "#tabTimeline");
        check("de-timeline");
        RecordScreens.tap(robot, "#tabFlags");
        check("de-flags");
        RecordScreens.tap(robot, "#tabTrace9");
        check("de-trace");
        RecordScreens.tap(robot, "#compare");
        RecordScreens.waitShowing(robot, ".lp-picker-choice");
        check("de-compare");
        RecordScreens.tap(robot, "#pickerCancel");

        RecordScreens.tap(robot, "#reject");
        RecordScreens.tap(robot, "#ownName");
        RecordScreens.tap(robot, "#signReason");
        check("de-reject-reasons");
        Node tile = RecordScreens.fx(() -> robot.lookup(".lp-picker-choice").queryAll().stream()
                .filter(n -> "Druck außerhalb des Bands".equals(((Labeled) n).getText())).findFirst().orElseThrow());
        robot.clickOn(tile);
        RecordScreens.tap(robot, "#pickerOk");
        assertEquals("Grund: Druck außerhalb des Bands", text(robot, "#signReason"));
        typePin(robot, "2");
        check("de-sign-off");
        RecordScreens.tap(robot, "#signButton");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() ->
                robot.lookup("#chipRow").queryAs(HBox.class).getChildren().stream().anyMatch(n -> "Abgelehnt".equals(((Label) n).getText()))));
        check("de-signed-off");

        BatchRecord record = station.review().records().open(station.quinn(), LEAKY);
        assertEquals("Pressure outside the band", record.review().orElseThrow().signature().comment(), "the signature keeps the English preset");
        assertTrue(text(robot, "#signature").contains("Pressure outside the band"), "the record's own words are shown as written");
        ScreenChecks.assertOnly(findings, List.of());
    }

    @Test
    void theSignatureDialogFitsInChinese(FxRobot robot) throws Exception {
        Words.use(Locale.SIMPLIFIED_CHINESE);
        RecordsView view = twoBatches(robot);
        open(robot, view, "B-20261125-0001");
        RecordScreens.tap(robot, "#approve");
        assertEquals("本次会话的首次签字：请点击您自己的名字，确认签字人", text(robot, "#identityText"));
        RecordScreens.tap(robot, "#ownName");
        RecordScreens.tap(robot, "#signButton");
        assertEquals("请输入您的 PIN。", RecordScreens.fx(() -> robot.lookup("#signMessage").queryAs(MessageLine.class).getMessage().text()));
        typePin(robot, "2");
        check("zh-sign-off");
        ScreenChecks.assertOnly(findings, List.of());
    }
}
