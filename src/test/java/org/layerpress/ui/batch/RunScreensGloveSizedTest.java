package org.layerpress.ui.batch;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.sim.ManualPumpPress;
import org.layerpress.testing.TestRecipes;
import org.layerpress.sim.PlcState;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.SimulatedPress;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.Readability;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every operator page of the Run section, as the main frame hosts it on the real simulator and
 * store, has no text below the root font size, no tap target under 20 mm, no word cut, nothing off
 * the screen or drawn over other text, and is not scaled down ({@link ScreenChecks}): the start page
 * with the demo recipes, each step kind, a layer out of tolerance, a press holding, a batch held
 * because the door opened, and the complete batch; the press page of a step pumped by hand on a
 * manual pump press, while pumping and while holding; and on the heated press, the HEAT page before
 * heating, ramping and soaking with its countdown, and the COOL page cooling. Pictures in target/screen-checks.
 */
@ExtendWith(ApplicationExtension.class)
class RunScreensGloveSizedTest {

    @TempDir
    Path dir;
    private Stage stage;
    private TestStation station;
    private final List<String> problems = new ArrayList<>();
    private final ScreenChecks checks = new ScreenChecks();
    /** The heated press's time runs 5 × the wall clock: its platens heat and soak in seconds. */
    private static final double TIME_SCALE = 5;
    private static final long HEATED_WAIT_S = 90;

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
    }

    /** Notes what is too small on the page as drawn, pointer parked on the last-done line. */
    private void measure(FxRobot robot, String page) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(fx(() -> robot.lookup("#lastDone").<Node>query()));
        fx(() -> {
            assertFalse(robot.lookup(".label").queryAll().isEmpty() || robot.lookup(".button").queryAll().isEmpty(), page + ": nothing measured");
            Readability.smallText(robot).forEach(p -> problems.add(page + ": " + p));
            Readability.smallTargets(robot).forEach(p -> problems.add(page + ": " + p));
            return null;
        });
        problems.addAll(checks.check(stage.getScene(), "run-" + page.replace(' ', '-')));
    }

    @Test
    void everyPageOfABatchFitsAndIsGloveSized(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        RunScreen screen = new RunScreen(station);
        long fast = screen.approvedRecipe("Fast bilayer, 10 mm", Duration.ofSeconds(3));
        station.approve(DemoRecipes.bilayer10mm(station.mapping().press()));
        station.approve(DemoRecipes.multilayer13mm(station.mapping().press()));
        RunView view = RunViewTest.show(robot, stage, screen, station, station.olga(), true);

        tap(robot, "#recipe-" + fast);
        measure(robot, "start");
        tap(robot, "#startBatch");
        awaitStep(robot, "Prepare");
        measure(robot, "check");
        tap(robot, "#checkItem0");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Scan the die");
        measure(robot, "scan");
        robot.write("D10-01").type(javafx.scene.input.KeyCode.ENTER); // the die's label, scanned
        tap(robot, "#confirmStep");

        awaitStep(robot, "Load the electrolyte");
        measure(robot, "load");
        tap(robot, "#enterMass");
        typeOnPad(robot, "64.2");
        tap(robot, "#enterLot");
        measure(robot, "lot pad");
        RunViewTest.typeOnLotPad(robot, "LPSCL-4711");
        measure(robot, "layer out of tolerance");
        tap(robot, "#weighAgain");
        tap(robot, "#enterMass");
        typeOnPad(robot, "60.4");
        tap(robot, "#confirmStep");

        awaitStep(robot, "Press the electrolyte");
        holdStart(robot, view);
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> fx(() -> view.getViewModel().getStepModel() instanceof PressStepViewModel p
                && p.getPhase().startsWith("Holding")));
        measure(robot, "pressing");

        station.press().plc().setDoorClosed(false);
        waitEnabled(robot, "#abortHeld");
        measure(robot, "held");
        station.press().plc().setDoorClosed(true);
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> station.press().plc().state() == PlcState.IDLE);
        station.press().simulator().fireCommand(StandardSignal.RESET); // the door's fault, reset at the press
        tap(robot, "#repeatStep");

        awaitStep(robot, "Press the electrolyte");
        holdStart(robot, view);
        awaitStep(robot, "Release after the electrolyte");
        measure(robot, "release");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Scan the LGPS lot");
        robot.write("LGPS-LOT-815").type(javafx.scene.input.KeyCode.ENTER);
        measure(robot, "lot scanned");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Load the protective layer");
        tap(robot, "#enterMass");
        typeOnPad(robot, "30.2");
        measure(robot, "load scanned lot");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Press the stack");
        holdStart(robot, view);
        awaitStep(robot, "Release after the stack");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Eject");
        measure(robot, "eject");
        tap(robot, "#confirmStep");
        awaitStep(robot, "Inspect");
        measure(robot, "inspect");
        tap(robot, "#pass0");
        tap(robot, "#confirmStep");
        waitEnabled(robot, "#newBatch");
        measure(robot, "complete");

        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private static String phase(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#phase").queryAs(Labeled.class).getText());
    }

    /**
     * The press page of a step pumped by hand on the simulated manual pump press: the gauge and the big
     * words appear once Start is held and go from "Pump to" to the hold countdown as the test pumps.
     */
    @Test
    void aStepPumpedByHandShowsTheGaugeAndTheBigWordsAndFits(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().manualPumpPress(new ManualPumpPress.Settings(5, 690, 0.001, 0.25, 0.2124, false)).build();
        RunScreen screen = new RunScreen(station);
        long recipe = station.approve(TestRecipes.twoLayersWithLotScan("Hand bilayer", MappingLoader.loadBundled("simulator.yaml").press(),
                Duration.ofSeconds(20)));
        RunView view = RunViewTest.show(robot, stage, screen, station, station.olga());

        RunViewTest.tapToFirstPress(robot, recipe);
        holdStart(robot, view);
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> "Pump to 100 MPa".equals(phase(robot)));
        assertTrue(fx(() -> robot.lookup("#manualGauge").query().isVisible()), "the gauge is up while pumping");
        assertEquals("Band 90\u2013110 MPa, scale 0\u2013200 MPa", fx(() -> robot.lookup("#gaugeScale").queryAs(Labeled.class).getText()));
        measure(robot, "manual pump");

        station.pump(7);
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> phase(robot).startsWith("Hold: "));
        assertTrue(phase(robot).endsWith("left \u2014 top up if below band"), phase(robot));
        measure(robot, "manual hold");

        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private static PlatenStepViewModel platenModel(RunView view) {
        return view.getViewModel().getStepModel() instanceof PlatenStepViewModel p ? p : null;
    }

    private static void awaitPhase(RunView view, String start) throws Exception {
        WaitForAsyncUtils.waitFor(HEATED_WAIT_S, SECONDS, () -> fx(() -> platenModel(view) != null && platenModel(view).getPhase().startsWith(start)));
    }

    @Test
    void theHeatAndCoolPagesShowBothPlatensTheStateAndTheSoakCountdownAndFit(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress(SimulatedPress.quiet(), TIME_SCALE).build();
        long recipe = station.approve(TestRecipes.heated("Warm layer", station.pressProfile(), Duration.ofSeconds(3)));
        station.startAndLoad(station.olga(), recipe, TestStation.DIE);
        Eventually.waitUntil("both platens read", () -> station.live().latest(StandardSignal.PLATEN_TEMPERATURE_TOP).isPresent()
                && station.live().latest(StandardSignal.PLATEN_TEMPERATURE_BOTTOM).isPresent(), station.live()::snapshot);
        RunView view = RunViewTest.show(robot, stage, new RunScreen(station), station, station.olga());

        awaitStep(robot, "Heat the platens");
        WaitForAsyncUtils.waitFor(HEATED_WAIT_S, SECONDS, () -> fx(() -> !platenModel(view).getTop().stale()));
        measure(robot, "heat ready");
        tap(robot, "#confirmStep");
        awaitPhase(view, "Heating to 60");
        measure(robot, "heating");
        awaitPhase(view, "Soaking:");
        measure(robot, "soaking");
        String countdown = fx(() -> platenModel(view).getCountdown());
        assertTrue(countdown.matches("\\d+ s"), countdown);
        assertFalse(fx(() -> platenModel(view).getTrend().points().isEmpty()), "the trend has both platens");

        awaitStep(robot, "Press warm");
        holdStart(robot, view);
        awaitStep(robot, "Cool under load");
        tap(robot, "#confirmStep");
        awaitPhase(view, "Cooling: release below 45");
        measure(robot, "cooling");

        assertEquals(List.of(), problems, String.join("\n", problems));
    }
}
