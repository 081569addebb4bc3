package org.layerpress.ui.batch;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.ui.batch.RunViewTest.awaitStep;
import static org.layerpress.ui.batch.RunViewTest.fx;
import static org.layerpress.ui.batch.RunViewTest.holdStart;
import static org.layerpress.ui.batch.RunViewTest.tap;
import static org.layerpress.ui.batch.RunViewTest.typeOnPad;
import static org.layerpress.ui.batch.RunViewTest.waitEnabled;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.LoginCommand;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.user.Language;
import org.layerpress.domain.user.Pin;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.Readability;
import org.layerpress.ui.StationContext;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.shell.HmiApplication;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The operator's pages in the person's language on the real simulator and store: a German operator
 * picks DE on the login screen and works in German with decimal commas; a Chinese operator's pages are
 * drawn whole and glove-sized (German words are long, Chinese needs its font), and the record of that
 * batch is written as any English one is. Pictures in target/screen-checks (lang-…).
 */
@ExtendWith(ApplicationExtension.class)
class LanguageRunScreensTest {

    @TempDir
    Path dir;
    private Stage stage;
    private TestStation station;
    private final List<String> problems = new ArrayList<>();
    private final ScreenChecks checks = new ScreenChecks();

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

    private static String text(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse(""));
    }

    private void measure(FxRobot robot, String page) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            Readability.smallText(robot).forEach(p -> problems.add(page + ": " + p));
            Readability.smallTargets(robot).forEach(p -> problems.add(page + ": " + p));
            return null;
        });
        problems.addAll(checks.check(stage.getScene(), "lang-" + page.replace(' ', '-')));
    }

    @Test
    void aGermanOperatorPicksDeAtLoginAndWorksInGermanWithDecimalCommas(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        long fast = new RunScreen(station).approvedRecipe("Fast bilayer, 10 mm", Duration.ofSeconds(3));
        robot.interact(() -> {
            stage.setScene(HmiApplication.createScene(StationContext.of(station), () -> { }));
            stage.show();
        });

        tap(robot, "#language-de");
        assertEquals("Namen antippen oder Ausweis scannen.", text(robot, ".lp-heading"), "the login screen switches at once");
        measure(robot, "de login");
        tap(robot, "#user-olga");
        waitEnabled(robot, "#pinPad");
        for (char d : "111111".toCharArray()) {
            tap(robot, "#pinPad #key" + d);
        }
        tap(robot, "#pinPad #keyOk");

        waitEnabled(robot, "#pressButton");
        assertEquals("Pressen", text(robot, "#pressButton"), "the main frame is built in German");
        assertEquals("Abmelden", text(robot, "#logoutButton"));
        measure(robot, "de main");
        Session session = station.services().sessions().current().orElseThrow();
        assertEquals(Language.GERMAN, session.user().languageOrDefault(), "remembered for her");

        // The Run section's batch pages as the main frame hosts them, for the person who just logged in.
        RunViewTest.show(robot, stage, new RunScreen(station), station, session);
        assertEquals("Starten", text(robot, "#startBatch"));
        tap(robot, "#recipe-" + fast);
        measure(robot, "de start");
        tap(robot, "#startBatch");
        awaitStep(robot, "Prepare");
        assertEquals("Bestätigen", text(robot, "#confirmStep"));
        tap(robot, "#checkItem0");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Scan the die");
        robot.write("D10-01").type(KeyCode.ENTER);
        tap(robot, "#confirmStep");
        awaitStep(robot, "Load the electrolyte");
        tap(robot, "#enterMass");
        typeOnPad(robot, "60.4");
        assertEquals("Masse\n60,4 mg", text(robot, "#enterMass"), "a decimal comma on screen");
        assertEquals("IN TOLERANZ", fx(() -> ((org.layerpress.ui.controls.StatusIndicator) robot.lookup("#massVerdict").query())
                .getIndication().word()));
        measure(robot, "de load");

        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void aChineseOperatorsPagesAreDrawnWholeAndTheRecordStaysEnglish(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        RunScreen screen = new RunScreen(station);
        long fast = screen.approvedRecipe("Fast bilayer, 10 mm", Duration.ofSeconds(3));
        // As the login screen does when 中文 is tapped, and the navigator once the PIN is accepted.
        Session session = station.services().login().login(LoginCommand.byLogin("olga", Pin.of("111111")).choosing(Language.CHINESE))
                .session().orElseThrow();
        Words.use(session.user().languageOrDefault().locale());
        RunView view = RunViewTest.show(robot, stage, screen, station, session);

        tap(robot, "#recipe-" + fast);
        assertEquals("开始批次", text(robot, "#startBatch"));
        measure(robot, "zh start");
        tap(robot, "#startBatch");
        awaitStep(robot, "Prepare");
        measure(robot, "zh check");
        tap(robot, "#checkItem0");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Scan the die");
        robot.write("D10-01").type(KeyCode.ENTER);
        measure(robot, "zh scan");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Load the electrolyte");
        tap(robot, "#enterMass");
        typeOnPad(robot, "60.4");
        tap(robot, "#enterLot");
        RunViewTest.typeOnLotPad(robot, "LPSCL-4711");
        measure(robot, "zh load");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Press the electrolyte");
        holdStart(robot, view);
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> fx(() -> view.getViewModel().getStepModel() instanceof PressStepViewModel p
                && p.getPhase().startsWith("保压中")));
        measure(robot, "zh pressing");
        awaitStep(robot, "Release after the electrolyte");
        measure(robot, "zh release");
        String batchId = fx(() -> view.getViewModel().getBatch().batchId());

        List<BatchEvent> events = station.events(batchId);
        List<String> notEnglish = new ArrayList<>();
        for (BatchEvent e : events) {
            for (Map.Entry<String, String> v : e.values().entrySet()) {
                if (v.getValue().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    notEnglish.add(e.kind() + " " + v.getKey() + "=" + v.getValue());
                }
            }
        }
        assertEquals(List.of(), notEnglish, "the record keeps English whatever the screens show");
        assertTrue(events.stream().anyMatch(e -> e.values().values().stream().anyMatch("60.4"::equals)),
                "the mass is recorded with '.': " + events);
        assertEquals(List.of(), problems, String.join("\n", problems));
    }
}
