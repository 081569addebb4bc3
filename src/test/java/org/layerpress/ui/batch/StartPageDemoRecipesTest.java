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
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
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
 * The demo station's start page with every demo recipe of the simulated press, which has heated platens:
 * the two cold ones and the hot-pressed LGPS. Every recipe key glove-sized and whole, in English and German,
 * and choosing the hot recipe offers its 10 mm die.
 */
@ExtendWith(ApplicationExtension.class)
class StartPageDemoRecipesTest {

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
    void theThreeDemoRecipesOfTheHeatedPressFitTheStartPage(FxRobot robot) throws Exception {
        walk(robot, "start-demo-recipes");
    }

    @Test
    void theThreeDemoRecipesFitInGermanToo(FxRobot robot) throws Exception {
        Words.use(Locale.GERMAN);
        walk(robot, "start-demo-recipes-de");
    }

    private void walk(FxRobot robot, String name) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().dies(TestStation.DIE, D13_01).build();
        List<RecipeDefinition> demo = DemoRecipes.all(station.mapping().press());
        assertEquals(3, demo.size(), demo::toString);
        List<Long> ids = demo.stream().map(station::approve).toList();
        RunScreen screen = new RunScreen(station);
        RunViewModel model = fx(() -> screen.viewModelWithRegistry(station.olga()));
        BatchStartViewModel start = model.start();
        robot.interact(() -> {
            RunView view = RunView.load(LayoutLocator.classpathOnly(), model, station.live(), "Simulated press");
            Scene scene = new Scene(new FitPane(view.root()), RunViewTest.WIDTH, RunViewTest.HEIGHT);
            Theme.apply(scene, LayoutLocator.classpathOnly());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (long id : ids) {
            assertTrue(fx(() -> robot.lookup("#recipe-" + id).tryQuery().isPresent()), "recipe " + id + " is offered");
        }
        measure(robot, name);

        tap(robot, "#recipe-" + ids.get(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("D10-01", fx(start::getDieId), "the hot recipe's 10 mm die is chosen, the only one of its bore");
        assertTrue(fx(() -> !robot.lookup("#startBatch").<Node>query().isDisabled()), "recipe and die chosen: Start is ready");
        measure(robot, name + "-hot-chosen");
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
