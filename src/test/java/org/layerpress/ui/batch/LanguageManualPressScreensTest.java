package org.layerpress.ui.batch;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.ui.batch.LanguagePages.text;
import static org.layerpress.ui.batch.RunViewTest.awaitStep;
import static org.layerpress.ui.batch.RunViewTest.fx;
import static org.layerpress.ui.batch.RunViewTest.holdStart;
import static org.layerpress.ui.batch.RunViewTest.tap;
import static org.layerpress.ui.batch.RunViewTest.typeOnLotPad;
import static org.layerpress.ui.batch.RunViewTest.typeOnPad;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.users.LoginCommand;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Language;
import org.layerpress.domain.user.Pin;
import org.layerpress.sim.ManualPumpPress;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.Words;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A press step pumped by hand, in German and Chinese: on the manual pump press the instruction beside the
 * gauge (pump to the band, the hold counting, "release now"), and the number and lot pads on the way; on
 * the gauge-only press the gauge reading typed at the hold's start and end, with the band under what is
 * typed. Nothing cut, every key glove-sized, the readings recorded with '.'. Pictures in
 * target/screen-checks (lang-de-manual…, lang-de-gauge…, lang-zh-gauge…).
 */
@ExtendWith(ApplicationExtension.class)
class LanguageManualPressScreensTest {

    /** A stroke adds 5 bar (1.06 kN on the 52 mm ram): 7 strokes are in the 90–110 MPa band in the 10 mm die. */
    private static final ManualPumpPress.Settings PUMP = new ManualPumpPress.Settings(5, 690, 0.001, 0.25, 0.2124, false);

    @TempDir
    Path dir;
    private Stage stage;
    private TestStation station;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(null)).get(10, SECONDS);
        Words.use(Words.STATION_DEFAULT);
        if (station != null) {
            station.close();
        }
    }

    private RunView show(FxRobot robot, Language language) {
        Session olga = station.services().login().login(LoginCommand.byLogin("olga", Pin.of("111111")).choosing(language))
                .session().orElseThrow();
        Words.use(olga.user().languageOrDefault().locale());
        return RunViewTest.show(robot, stage, new RunScreen(station), station, olga);
    }

    private static String phase(RunView view) throws Exception {
        return fx(() -> view.getViewModel().getStepModel() instanceof PressStepViewModel p ? p.getPhase() : "");
    }

    @Test
    void aGermanOperatorPumpsByHandFollowingGermanWordsAndThePadsFit(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().manualPumpPress(PUMP).build();
        long recipe = station.approve(TestRecipes.twoLayersWithLotScan("Hand bilayer", MappingLoader.loadBundled("simulator.yaml").press(),
                Duration.ofSeconds(3)));
        LanguagePages pages = new LanguagePages(stage);
        RunView view = show(robot, Language.GERMAN);
        tap(robot, "#recipe-" + recipe);
        tap(robot, "#startBatch");
        awaitStep(robot, "Prepare");
        tap(robot, "#checkItem0");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Scan the die");
        robot.write("D10-01").type(KeyCode.ENTER);
        tap(robot, "#confirmStep");
        awaitStep(robot, "Load the electrolyte");
        tap(robot, "#enterMass");
        assertEquals("Löschen", text(robot, "#numClear"));
        assertEquals("Abbrechen", text(robot, "#numCancel"));
        pages.measure(robot, "de number pad");
        typeOnPad(robot, "60.4");
        tap(robot, "#enterLot");
        assertEquals("Löschen", text(robot, "#txtClear"));
        pages.measure(robot, "de lot pad");
        typeOnLotPad(robot, "LPSCL-4711");
        tap(robot, "#confirmStep");

        awaitStep(robot, "Press the electrolyte");
        holdStart(robot, view);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "Auf 100 MPa pumpen".equals(phase(view)));
        assertTrue(text(robot, "#gaugeScale").startsWith("Band 90\u2013110 MPa, Skala 0\u2013"), text(robot, "#gaugeScale"));
        pages.measure(robot, "de manual pump");
        station.pump(7);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> phase(view).startsWith("Halten: noch"));
        assertTrue(phase(view).endsWith("nachpumpen, falls unter dem Band"), phase(view));
        pages.measure(robot, "de manual hold");
        awaitStep(robot, "Release after the electrolyte");

        assertEquals(List.of(), pages.problems(), String.join("\n", pages.problems()));
    }

    /** A gauge-only batch to its press step, Start held: the page asks for the gauge's reading. */
    private RunView toGaugeReading(FxRobot robot, Language language, LanguagePages pages) throws Exception {
        station = TestStation.builder(dir).demoUsers().gaugePress(PUMP).build();
        long recipe = station.approve(TestRecipes.twoLayers("Gauge bilayer", MappingLoader.loadBundled("simulator.yaml").press(),
                Duration.ofSeconds(2), false));
        RunView view = show(robot, language);
        RunViewTest.tapToFirstPress(robot, recipe);
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        holdStart(robot, view);
        RunViewTest.waitEnabled(robot, "#gaugeReading");
        pages.measure(robot, language.tag() + " gauge asked");
        tap(robot, "#gaugeReading");
        return view;
    }

    /** Types 37 bar at the hold's start and, once the hold is over, 36 at its end; the record keeps both as typed. */
    private void readTheGaugeTwice(FxRobot robot, RunView view, LanguagePages pages, String language) throws Exception {
        tap(robot, "#numberPad #num3");
        tap(robot, "#numberPad #num7");
        pages.measure(robot, language + " gauge pad");
        tap(robot, "#numOk");
        pages.measure(robot, language + " gauge hold");
        tap(robot, "#gaugeReading");
        typeOnPad(robot, "36");
        awaitStep(robot, "Release");
        String id = fx(() -> view.getViewModel().getBatch().batchId());
        assertEquals("37", station.stored(id).step(4).values().get("gauge.start"));
        assertEquals("36", station.stored(id).step(4).values().get("gauge.end"));
        assertEquals(List.of(), LanguagePages.notEnglish(station.events(id)), "the record keeps English whatever the screens show");
    }

    @Test
    void aGermanOperatorTypesTheGaugeReadingsOnAGermanPad(FxRobot robot) throws Exception {
        LanguagePages pages = new LanguagePages(stage);
        RunView view = toGaugeReading(robot, Language.GERMAN, pages);
        assertEquals("Band 34 bar bis 40 bar am Manometer", text(robot, "#numNote"));
        readTheGaugeTwice(robot, view, pages, "de");
        assertEquals(List.of(), pages.problems(), String.join("\n", pages.problems()));
    }

    @Test
    void aChineseOperatorTypesTheGaugeReadingsOnAChinesePad(FxRobot robot) throws Exception {
        LanguagePages pages = new LanguagePages(stage);
        RunView view = toGaugeReading(robot, Language.CHINESE, pages);
        assertEquals("压力表范围 34 bar 至 40 bar", text(robot, "#numNote"));
        readTheGaugeTwice(robot, view, pages, "zh");
        assertEquals(List.of(), pages.problems(), String.join("\n", pages.problems()));
    }
}
