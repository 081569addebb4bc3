package org.layerpress.ui.batch;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.ui.batch.RunViewTest.fx;
import static org.layerpress.ui.batch.RunViewTest.tap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.units.Length;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.Readability;
import org.layerpress.ui.fx.FitPane;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;
import org.layerpress.ui.fx.Words;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A bench with four dies (three of 10 mm, one of 13 mm) and two recipes of different bores: the start page,
 * with the correction key offered, keeps Start and every word whole. Before a recipe is chosen the dies sit behind
 * one key; choosing the 13 mm recipe leaves one die, which is chosen for the operator; the 10 mm recipe offers its
 * three behind the key, as a tap list. In English and in German (the longer words).
 */
@ExtendWith(ApplicationExtension.class)
class StartPageManyDiesTest {

    private static final Die D10_02 = new Die("D10-02", Length.millimetres(10), DemoRecipes.DIE_10_MM.rating());
    private static final Die D13_01 = new Die("D13-01", Length.millimetres(13), DemoRecipes.DIE_13_MM.rating());

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

    @Test
    void fourDiesSitBehindOneKeyAndStartStaysWhole(FxRobot robot) throws Exception {
        walkTheStartPage(robot, "start-four-dies");
    }

    @Test
    void fourDiesInGermanKeepEveryWordWhole(FxRobot robot) throws Exception {
        Words.use(Locale.GERMAN);
        walkTheStartPage(robot, "start-four-dies-de");
    }

    private void walkTheStartPage(FxRobot robot, String name) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().dies(TestStation.DIE, TestStation.WEAK_DIE, D10_02, D13_01).build();
        RunScreen screen = new RunScreen(station);
        long ten = station.approve(DemoRecipes.bilayer10mm(station.mapping().press()));
        long thirteen = station.approve(DemoRecipes.multilayer13mm(station.mapping().press()));
        RunViewModel model = fx(() -> screen.viewModelWithRegistry(station.olga()));
        BatchStartViewModel start = model.start();
        robot.interact(() -> {
            start.offerCorrection(host -> { });
            RunView view = RunView.load(LayoutLocator.classpathOnly(), model, station.live(), "Simulated press");
            Scene scene = new Scene(new FitPane(view.root()), RunViewTest.WIDTH, RunViewTest.HEIGHT);
            Theme.apply(scene, LayoutLocator.classpathOnly());
            stage.setScene(scene);
            stage.show();
        });

        tap(robot, "#dieChoose");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, fx(() -> robot.lookup(".lp-picker-overlay .toggle-button").queryAll().size()), "every die is offered before a recipe is chosen");
        tap(robot, "#pickerCancel");
        measure(robot, name + "-no-recipe");

        tap(robot, "#recipe-" + thirteen);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("D13-01", fx(start::getDieId), "the only die of the recipe's bore is chosen");
        assertTrue(fx(() -> robot.lookup("#die-D13-01").tryQuery().isPresent()), "one die fits: its own tile");

        tap(robot, "#recipe-" + ten);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", fx(start::getDieId), "the 13 mm die is let go for the 10 mm recipe");
        tap(robot, "#dieChoose");
        List<String> offered = fx(() -> robot.lookup(".lp-picker-overlay .toggle-button").queryAll().stream()
                .map(n -> ((Labeled) n).getText().lines().findFirst().orElse("")).toList());
        assertEquals(List.of("D10-01", "D10-02", "D10-WEAK"), offered, "only the dies of the recipe's bore");
        measure(robot, name + "-picker");
        robot.clickOn(fx(() -> robot.lookup(".lp-picker-overlay .toggle-button").nth(1).<Node>query()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("D10-02", fx(start::getDieId));
        assertTrue(fx(() -> robot.lookup("#dieChoose").<ToggleButton>query().getText().startsWith("D10-02")), "the key names the chosen die");
        assertTrue(fx(() -> !robot.lookup("#startBatch").<Node>query().isDisabled()), "recipe and die chosen: Start is ready");
        measure(robot, name + "-chosen");
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private void measure(FxRobot robot, String page) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            Readability.smallText(robot).forEach(p -> problems.add(page + ": " + p));
            Readability.smallTargets(robot).forEach(p -> problems.add(page + ": " + p));
            return null;
        });
        problems.addAll(checks.check(stage.getScene(), "run-" + page));
    }
}
