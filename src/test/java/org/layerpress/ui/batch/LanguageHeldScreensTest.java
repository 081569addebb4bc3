package org.layerpress.ui.batch;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.layerpress.ui.batch.RunViewTest.awaitStep;
import static org.layerpress.ui.batch.RunViewTest.fx;
import static org.layerpress.ui.batch.RunViewTest.show;
import static org.layerpress.ui.batch.RunViewTest.tap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.review.RecordTimeline;
import org.layerpress.application.users.LoginCommand;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.user.Language;
import org.layerpress.domain.user.Pin;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.Readability;
import org.layerpress.ui.fx.Words;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A hold and a resume in German and in Chinese on the real simulator and store: the reason tiles, the
 * Held page and its decision buttons speak the person's language and fit glove-sized, while the record
 * keeps the English reason that was tapped. Pictures in target/screen-checks (lang-…-held…).
 */
@ExtendWith(ApplicationExtension.class)
class LanguageHeldScreensTest {

    @TempDir
    Path dir;
    private Stage stage;
    private TestStation station;
    private final List<String> problems = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(null)).get(10, SECONDS);
        Words.use(Words.STATION_DEFAULT);
        if (station != null) {
            if (station.sequencer().current().isPresent()) {
                station.sequencer().abort(station.olga(), "end of test");
            }
            station.close();
        }
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    private static void tapChoice(FxRobot robot, String words) throws Exception {
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> robot.lookup(".lp-picker-choice").queryAll().stream()
                .anyMatch(n -> words.equals(((Labeled) n).getText()))));
        Node tile = fx(() -> robot.lookup(".lp-picker-choice").queryAll().stream().filter(n -> words.equals(((Labeled) n).getText()))
                .findFirst().orElseThrow());
        robot.clickOn(tile);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void measure(FxRobot robot, String page) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            Readability.smallText(robot).forEach(p -> problems.add(page + ": " + p));
            Readability.smallTargets(robot).forEach(p -> problems.add(page + ": " + p));
            return null;
        });
        problems.addAll(new ScreenChecks().check(stage.getScene(), "lang-" + page.replace(' ', '-')));
    }

    /** Olga logs in choosing {@code language}, starts a batch and holds it on the scan step by taps. */
    private String holdInLanguage(FxRobot robot, Language language, String tag, String holdTile) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        long recipe = station.approvedRecipe("Held by taps", Duration.ofSeconds(1));
        Session olga = station.services().login().login(LoginCommand.byLogin("olga", Pin.of("111111")).choosing(language))
                .session().orElseThrow();
        Words.use(olga.user().languageOrDefault().locale());
        String id = station.sequencer().start(olga, new StartBatchCommand(recipe, TestStation.DIE.id())).batchId();
        station.sequencer().confirmCheck(olga);
        show(robot, stage, new RunScreen(station), station, olga);
        awaitStep(robot, "Scan the die");

        tap(robot, "#holdOrAbort");
        tap(robot, "#holdBatch");
        tapChoice(robot, holdTile);
        measure(robot, tag + " hold reason");
        tap(robot, "#pickerOk");
        Eventually.waitUntil("held", () -> station.stored(id).state() == BatchState.HELD, () -> station.stored(id));
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> fx(() -> robot.lookup("#heldCause").tryQuery().isPresent()));
        WaitForAsyncUtils.waitForFxEvents();
        return id;
    }

    @Test
    void aGermanOperatorHoldsAndGoesOnInGermanWhileTheRecordKeepsTheEnglishReasons(FxRobot robot) throws Exception {
        String id = holdInLanguage(robot, Language.GERMAN, "de", "Problem mit der Glovebox");
        // The cause is the record's (English); the words around it are German.
        assertEquals("Held by Olga Operator. Grund: Glovebox problem.", text(robot, "#heldCause"));
        assertEquals("Schritt wiederholen", text(robot, "#repeatStep"));
        assertEquals("Fortsetzen", text(robot, "#continueBatch"));
        measure(robot, "de held");

        tap(robot, "#continueBatch");
        tapChoice(robot, "Ursache gefunden und behoben");
        measure(robot, "de continue reason");
        tap(robot, "#pickerOk");
        Eventually.waitUntil("running again", () -> station.stored(id).state() == BatchState.RUNNING, () -> station.stored(id));

        List<RecordTimeline.DeviationLine> lines = RecordTimeline.deviations(station.review().reader().existing(id));
        assertEquals("Glovebox problem", lines.get(0).reason());
        assertEquals("Cause found and cleared", lines.get(1).reason());
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void aChineseOperatorsHeldPageIsDrawnWholeAndGloveSized(FxRobot robot) throws Exception {
        String id = holdInLanguage(robot, Language.CHINESE, "zh", "手套箱问题");
        assertEquals("重复步骤", text(robot, "#repeatStep"));
        measure(robot, "zh held");
        tap(robot, "#abortHeld");
        tapChoice(robot, "压机故障");
        tap(robot, "#pickerOk");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> robot.lookup("#confirmAbort").tryQuery().isPresent()));
        assertEquals("按住以中止", fx(() -> robot.lookup("#confirmAbort").queryAs(org.layerpress.ui.controls.HoldButton.class).getText()));
        measure(robot, "zh abort");
        assertEquals(BatchState.HELD, station.stored(id).state(), "nothing aborted before the hold");
        assertEquals(List.of(), problems, String.join("\n", problems));
    }
}
