package org.layerpress.ui.batch;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.ui.batch.RunViewTest.awaitStep;
import static org.layerpress.ui.batch.RunViewTest.fx;
import static org.layerpress.ui.batch.RunViewTest.tap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.atmosphere.Gas;
import org.layerpress.application.mapping.GloveboxMapping;
import org.layerpress.application.mapping.GloveboxMappingLoader;
import org.layerpress.domain.recipe.AtmosphereLimits;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.plc.MiloGloveboxAdapter;
import org.layerpress.sim.GloveboxSimulator;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.Readability;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The glovebox's O2 and H2O on the Run screen, read over Milo from the glovebox simulator: in the side
 * column (a missing value as "-" with its reason) and, with the recipe's limits, on the CHECK page; the
 * page passes the screen checks (text size, 20 mm targets, nothing cut or overlapping).
 */
@ExtendWith(ApplicationExtension.class)
class AtmosphereRunViewTest {

    @TempDir
    Path dir;
    private Stage stage;
    private TestStation station;
    private GloveboxSimulator glovebox;
    private MiloGloveboxAdapter adapter;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(null)).get(10, SECONDS);
        if (station != null) {
            station.close();
        }
        if (adapter != null) {
            adapter.close();
        }
        if (glovebox != null) {
            glovebox.close();
        }
    }

    private String text(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    private void awaitText(FxRobot robot, String query, java.util.function.Predicate<String> shown) throws Exception {
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> fx(() -> robot.lookup(query).tryQuery()
                .map(n -> shown.test(((Labeled) n).getText())).orElse(false)));
    }

    @Test
    void theSideColumnAndTheCheckPageShowTheLevelsAndTheLimitsAndAFailedAnalyserAsADash(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        GloveboxMapping mapping = GloveboxMappingLoader.loadBundled("glovebox-sim.yaml");
        glovebox = new GloveboxSimulator(mapping, "127.0.0.1", 0, dir.resolve("glovebox-pki"));
        glovebox.start();
        adapter = new MiloGloveboxAdapter(mapping.withUrl(glovebox.endpointUrl()), dir.resolve("hmi")).start();
        station.sequencer().useAtmosphere(adapter);
        RecipeDefinition plain = TestRecipes.twoLayers("Boxed bilayer", station.pressProfile(), Duration.ofSeconds(1), false);
        Check check = (Check) plain.steps().get(0);
        long recipe = station.approve(plain.withStep(0, new Check(check.title(), check.items(), Optional.of(new AtmosphereLimits(0.5, 1)))));

        RunViewTest.show(robot, stage, new RunScreen(station), station, station.olga());
        awaitText(robot, "#liveO2", t -> t.matches("O2 0\\.\\d\\d ppm"));
        assertTrue(text(robot, "#liveH2o").matches("H2O 0\\.\\d\\d ppm"), text(robot, "#liveH2o"));

        tap(robot, "#recipe-" + recipe);
        tap(robot, "#startBatch");
        awaitStep(robot, "Prepare");
        assertEquals("Glovebox limits: O2 ≤ 0.5 ppm, H2O ≤ 1 ppm", text(robot, "#checkAtmosphereLimits"));
        awaitText(robot, "#checkO2", t -> t.matches("O2 0\\.\\d\\d ppm"));

        List<String> problems = new ArrayList<>();
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(fx(() -> robot.lookup("#lastDone").<Node>query()));
        fx(() -> {
            Readability.smallText(robot).forEach(p -> problems.add("check: " + p));
            Readability.smallTargets(robot).forEach(p -> problems.add("check: " + p));
            return null;
        });
        problems.addAll(new ScreenChecks().check(stage.getScene(), "run-atmosphere-check"));
        assertTrue(problems.isEmpty(), String.join("\n", problems));

        glovebox.failSensor(Gas.O2, true);
        awaitText(robot, "#liveO2", t -> t.startsWith("O2 - ("));
        assertTrue(text(robot, "#liveO2").contains("Bad_SensorFailure"), text(robot, "#liveO2"));
        assertTrue(text(robot, "#checkO2").startsWith("O2 - ("), text(robot, "#checkO2"));
    }
}
