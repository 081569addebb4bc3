package org.layerpress.ui.records;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.Words;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The cross-batch control chart by taps on a real scene (Monocle), on the real QA use cases and a real
 * H2 file: twelve completed bilayer batches, the eighth with a springback far above the others.
 */
@ExtendWith(ApplicationExtension.class)
class ControlChartViewTest {

    static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
    static final double[] SPRINGBACK = {0.040, 0.042, 0.041, 0.043, 0.040, 0.042, 0.041, 0.120, 0.042, 0.040, 0.041, 0.043};
    static final String OUTLIER = "B-20261124-0008";

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

    @BeforeAll
    static void writeRecords() {
        records = StationQa.written(recordsDir, "2026-11-24T07:00:00Z", station -> {
            for (int i = 0; i < SPRINGBACK.length; i++) {
                BatchRecordBuilder.bilayer(String.format("B-20261124-%04d", i + 1)).springback(10, SPRINGBACK[i])
                        .startingAt(T0.plus(Duration.ofHours(i))).on(station).complete();
            }
        });
    }

    @AfterEach
    void close() {
        if (station != null) {
            station.close();
        }
    }

    private RecordsView showChartOf(FxRobot robot, String quantity) throws Exception {
        return showChartOf(robot, quantity, false);
    }

    private RecordsView showChartOf(FxRobot robot, String quantity, boolean supervisor) throws Exception {
        station = records.copy(dir);
        StationQa qa = new StationQa(station, dir.resolve("exports"));
        var session = supervisor ? station.sam() : station.quinn();
        RecordsView view = RecordScreens.show(robot, stage, qa.chartSources(session), session, BatchListViewModel.PAGE_SIZE);
        RecordScreens.tap(robot, "#controlChart");
        RecordScreens.tap(robot, "#recipeButton");
        RecordScreens.choose(robot, BatchRecordBuilder.bilayerRecipe().name());
        RecordScreens.tap(robot, "#quantityButton");
        RecordScreens.choose(robot, quantity);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> {
            ControlChartModel m = view.chart().viewModel().getModel();
            return m != null && m.quantity().name().equals(quantityName(quantity));
        }));
        WaitForAsyncUtils.waitForFxEvents();
        return view;
    }

    private static String quantityName(String words) {
        return switch (words) {
            case "Springback", "R\u00fcckfederung" -> "SPRINGBACK";
            case "Density after release" -> "DENSITY";
            default -> "PEAK_PRESSURE";
        };
    }

    @Test
    void anOutlierIsMarkedBeyondTheLimitInWordsAndOpensOnATapBesideIt(FxRobot robot) throws Exception {
        RecordsView view = showChartOf(robot, "Springback");

        String beyond = text(robot, "#beyondLine");
        assertTrue(beyond.contains("BEYOND") && beyond.contains(OUTLIER + " (above)"), beyond);
        assertTrue(text(robot, "#limitsLine").startsWith("UCL "), text(robot, "#limitsLine"));
        assertEquals(12, RecordScreens.fx(() -> view.chart().viewModel().getModel().points().size()));

        List<String> findings = new ArrayList<>(new ScreenChecks().check(stage.getScene(), "records-control-chart"));
        ScreenChecks.assertOnly(findings, List.of());

        // A gloved tap lands beside the point, not on it: 20 px to its right (the points are some 58 px apart), 50 px below.
        Point2D at = RecordScreens.fx(() -> {
            ControlChartCanvas canvas = view.chart().canvas();
            ControlChartModel m = canvas.getModel();
            return canvas.localToScreen(canvas.x(m).px(7) + 20, canvas.y(m).px(SPRINGBACK[7]) + 50);
        });
        robot.clickOn(at);
        RecordScreens.waitShowing(robot, "#batchTitle");
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> text(robot, "#batchTitle").startsWith("Batch B-"));
        assertEquals("Batch " + OUTLIER, text(robot, "#batchTitle"));

        RecordScreens.tap(robot, "#back");
        RecordScreens.waitShowing(robot, "#chartCanvas");
    }

    @Test
    void theGermanChartFitsWithItsWordsUncut(FxRobot robot) throws Exception {
        Words.use(Locale.GERMAN);
        try {
            showChartOf(robot, "R\u00fcckfederung");
            assertTrue(text(robot, "#beyondLine").contains("AUSSERHALB"), text(robot, "#beyondLine"));
            ScreenChecks.assertOnly(new ScreenChecks().check(stage.getScene(), "records-control-chart-de"), List.of());
        } finally {
            Words.use(Words.STATION_DEFAULT);
        }
    }

    @Test
    void aSupervisorChartsTheBatchesButHasNoExportKey(FxRobot robot) throws Exception {
        RecordsView view = showChartOf(robot, "Springback", true);

        assertEquals(12, RecordScreens.fx(() -> view.chart().viewModel().getModel().points().size()));
        assertTrue(RecordScreens.fx(() -> !robot.lookup("#chartExport").query().isVisible()));
    }

    @Test
    void batchesWithoutTheQuantityAreCountedAndSaid(FxRobot robot) throws Exception {
        showChartOf(robot, "Density after release");

        assertEquals("12 batches have no density: not measured", text(robot, "#missingLine"));
        assertTrue(RecordScreens.fx(() -> robot.lookup("#missingLine").query().isVisible()));
    }

    @Test
    void theCsvHoldsEachBatchsValueTheLimitsAndWhichIsBeyond(FxRobot robot) throws Exception {
        showChartOf(robot, "Springback");
        Files.createDirectories(dir.resolve("exports"));

        RecordScreens.tap(robot, "#chartExport");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> RecordScreens.fx(() -> robot.lookup("#chartMessage").queryAs(Label.class).getText()
                .startsWith("Written to")));

        Path csv = dir.resolve("exports").resolve("control-chart-" + BatchRecordBuilder.bilayerRecipe().name().replaceAll("[^A-Za-z0-9._-]+", "_")
                + "-springback.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("recipe,quantity,batch_id,started_utc,value,unit,centre,lower_limit,upper_limit,beyond", lines.get(0));
        assertEquals(SPRINGBACK.length + 1, lines.size());
        for (int i = 0; i < SPRINGBACK.length; i++) {
            String[] cells = cells(lines.get(i + 1));
            assertEquals(String.format("B-20261124-%04d", i + 1), cells[2]);
            assertEquals(T0.plus(Duration.ofHours(i)).toString(), cells[3]);
            assertEquals(SPRINGBACK[i], Double.parseDouble(cells[4]), 1e-9);
            assertEquals("mm", cells[5]);
            assertEquals(i == 7 ? "above" : "no", cells[9], lines.get(i + 1));
        }
        String[] outlier = cells(lines.get(8));
        assertTrue(Double.parseDouble(outlier[4]) > Double.parseDouble(outlier[8]), "the outlier is above the upper limit in the file too");
    }

    /** A CSV row's cells; the recipe's name has a comma, so it is quoted. */
    private static String[] cells(String row) {
        return row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return RecordScreens.fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }
}
