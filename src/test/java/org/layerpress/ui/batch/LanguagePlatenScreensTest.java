package org.layerpress.ui.batch;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.layerpress.ui.batch.RunViewTest.awaitStep;
import static org.layerpress.ui.batch.RunViewTest.fx;
import static org.layerpress.ui.batch.RunViewTest.holdStart;
import static org.layerpress.ui.batch.RunViewTest.tap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.users.LoginCommand;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Language;
import org.layerpress.domain.user.Pin;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.SimulatedPress;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.Readability;
import org.layerpress.ui.fx.Words;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The HEAT and COOL pages for a German operator on the heated simulated press: German words with decimal
 * commas, nothing cut, every target glove-sized. Pictures in target/screen-checks (lang-de-heat…, lang-de-cooling).
 */
@ExtendWith(ApplicationExtension.class)
class LanguagePlatenScreensTest {

    /** The heated press's time runs 5 × the wall clock: its platens heat and soak in seconds. */
    private static final double TIME_SCALE = 5;
    private static final long HEATED_WAIT_S = 90;

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
            station.close();
        }
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

    private static PlatenStepViewModel platen(RunView view) {
        return view.getViewModel().getStepModel() instanceof PlatenStepViewModel p ? p : null;
    }

    private static void awaitPhase(RunView view, String start) throws Exception {
        WaitForAsyncUtils.waitFor(HEATED_WAIT_S, SECONDS, () -> fx(() -> platen(view) != null && platen(view).getPhase().startsWith(start)));
    }

    @Test
    void aGermanOperatorHeatsAndCoolsOnGermanPagesThatFit(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress(SimulatedPress.quiet(), TIME_SCALE).build();
        long recipe = station.approve(TestRecipes.heated("Warm layer", station.pressProfile(), Duration.ofSeconds(3)));
        Session olga = station.services().login().login(LoginCommand.byLogin("olga", Pin.of("111111")).choosing(Language.GERMAN))
                .session().orElseThrow();
        Words.use(olga.user().languageOrDefault().locale());
        station.startAndLoad(olga, recipe, TestStation.DIE);
        Eventually.waitUntil("both platens read", () -> station.live().latest(StandardSignal.PLATEN_TEMPERATURE_TOP).isPresent()
                && station.live().latest(StandardSignal.PLATEN_TEMPERATURE_BOTTOM).isPresent(), station.live()::snapshot);
        RunView view = RunViewTest.show(robot, stage, new RunScreen(station), station, olga);

        awaitStep(robot, "Heat the platens");
        WaitForAsyncUtils.waitFor(HEATED_WAIT_S, SECONDS, () -> fx(() -> !platen(view).getTop().stale()));
        assertEquals("Heizen starten", fx(() -> platen(view).getConfirmText()));
        measure(robot, "de heat ready");
        tap(robot, "#confirmStep");
        awaitPhase(view, "Heizt auf 60");
        measure(robot, "de heating");
        awaitPhase(view, "Halten:");
        measure(robot, "de soaking");

        awaitStep(robot, "Press warm");
        holdStart(robot, view);
        awaitStep(robot, "Cool under load");
        tap(robot, "#confirmStep");
        awaitPhase(view, "Kühlt: Entlasten unter 45");
        measure(robot, "de cooling");

        assertEquals(List.of(), problems, String.join("\n", problems));
    }
}
