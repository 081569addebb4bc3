package org.layerpress.ui.batch;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.ui.batch.RunViewTest.fx;
import static org.layerpress.ui.batch.RunViewTest.show;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Labeled;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.StartedValues;
import org.layerpress.domain.batch.StepState;
import org.layerpress.sim.IsostaticVesselPlc;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.HoldButton;
import org.layerpress.ui.controls.StatusIndicator;
import org.layerpress.ui.fx.Words;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Run page of a PRESSURISE on the simulated CIP ({@code plc-mapping/isostatic-cip.yaml}) over
 * loopback, with the real H2 file and real JavaFX (Monocle headless): the vessel pressure big, the lid in
 * words (Start disabled while it is unlocked), and Start held with a glove starting the vessel; the hold
 * counts down and the vent follows on its own.
 */
@ExtendWith(ApplicationExtension.class)
class VesselStepViewTest {

    /** 20 mm at the design panel's 149 px/in. */
    private static final double GLOVE_PX = 118;

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
        if (station != null) {
            station.close();
        }
    }

    private String text(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    private boolean startEnabled(FxRobot robot) throws Exception {
        return fx(() -> !robot.lookup("#startVessel").query().isDisabled());
    }

    @Test
    void thePressurisePageShowsTheVesselPressureAndLidInWordsAndAGloveHeldStartPressurisesTheVessel(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().isostaticVessel(1).build();
        long recipe = station.approve(TestRecipes.cip("CIP bag", station.mapping().press(), 20, Duration.ofSeconds(3)));
        Session olga = station.olga();
        String id = station.sequencer().start(olga, StartBatchCommand.withoutDie(recipe)).batchId();
        station.sequencer().confirmCheck(olga);
        station.sequencer().confirmCheck(olga);
        RunView view = show(robot, stage, new RunScreen(station), station, olga);
        RunViewTest.awaitStep(robot, "Pressurise");

        assertEquals("Vessel pressure 20 MPa (band 15 to 25 MPa), rate 5 MPa/s, hold 3 s", text(robot, "#setpoint"));
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> Words.get(VesselStepViewModel.LID_LOCKED).equals(text(robot, "#lidState")));
        RunViewTest.waitEnabled(robot, "#startVessel");
        Bounds start = fx(() -> robot.lookup("#startVessel").query().getLayoutBounds());
        assertTrue(start.getWidth() >= GLOVE_PX && start.getHeight() >= GLOVE_PX, "glove-sized Start: " + start);
        List<String> findings = new ScreenChecks().check(stage.getScene(), "vessel-pressurise");
        assertEquals(List.of(), findings);

        station.port().command(StandardSignal.UNLOCK_LID);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> Words.get(VesselStepViewModel.LID_OPEN).equals(text(robot, "#lidState")));
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !startEnabled(robot));
        assertTrue(text(robot, "#phase").startsWith("Blocked"), text(robot, "#phase"));
        station.port().command(StandardSignal.LOCK_LID);
        RunViewTest.waitEnabled(robot, "#startVessel");

        HoldButton hold = fx(() -> robot.lookup("#startVessel").queryAs(HoldButton.class));
        robot.moveTo(hold).press(MouseButton.PRIMARY);
        try {
            Eventually.waitUntil("pressurising", () -> station.vessel().state() != IsostaticVesselPlc.State.IDLE, station.vessel()::state);
        } finally {
            robot.release(MouseButton.PRIMARY);
        }
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> text(robot, "#phase").startsWith("Holding in the band 15 to 25 MPa"));
        double shown = Double.parseDouble(fx(() -> view.getViewModel().getStepModel() instanceof VesselStepViewModel v ? v.getPressure().text() : "NaN"));
        assertTrue(shown >= 15 && shown <= 25, "the vessel pressure big, in the band: " + shown);
        assertTrue(text(robot, "#holdCountdown").matches("[0-3] s"), text(robot, "#holdCountdown"));

        RunViewTest.awaitStep(robot, "Inspect");
        assertEquals(StepState.CONFIRMED, station.stored(id).step(4).state(), "the vent followed the hold on its own");
    }

    @Test
    void aWarmPressurisePageShowsTheMediumAgainstItsSetpointWithTheSoakLeftAndTheVesselPressureTrend(FxRobot robot) throws Exception {
        // The simulated WIP's time (the medium's 60 s lag) runs 20 times the wall clock, as does the HMI's soak clock.
        station = TestStation.builder(dir).demoUsers().warmIsostaticVessel(20).build();
        long recipe = station.approve(TestRecipes.wip("WIP bag", station.mapping().press(), 20, Duration.ofSeconds(20), 60, Duration.ofSeconds(10)));
        Session olga = station.olga();
        station.sequencer().start(olga, StartBatchCommand.withoutDie(recipe));
        station.sequencer().confirmCheck(olga);
        station.sequencer().confirmCheck(olga);
        RunView view = show(robot, stage, new RunScreen(station), station, olga);
        RunViewTest.awaitStep(robot, "Heat, pressurise and hold");

        assertEquals("Medium: setpoint 60 \u00b1 5 \u00b0C, soak 10 s before the pump starts", text(robot, "#medium"));
        assertTrue(shown(robot, "#vesselTrend"), "the vessel pressure's trend fills the page");
        RunViewTest.waitEnabled(robot, "#startVessel");
        assertEquals(List.of(), new ScreenChecks().check(stage.getScene(), "vessel-warm-pressurise"));

        station.sequencer().vessel().pressurise(olga);
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> text(robot, "#phase").startsWith("Heating the medium"));
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> text(robot, "#medium").matches("Medium \\d+\\.\\d \u00b0C \\(setpoint 60 \u00b1 5 \u00b0C\\): soak \\d+ s left"));
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> text(robot, "#phase").startsWith("Holding in the band 15 to 25 MPa"));
        assertTrue(text(robot, "#medium").endsWith("soaked"), text(robot, "#medium"));
        // The trend takes samples on its own beat: the rise reaches it shortly after the phase says holding.
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> ((VesselStepViewModel) view.getViewModel().getStepModel()).getTrend()
                .points().stream().anyMatch(p -> p.megaPascals() >= 15)));
        assertEquals(List.of(), new ScreenChecks().check(stage.getScene(), "vessel-warm-holding"));
    }

    private String indication(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(StatusIndicator.class).getIndication().word());
    }

    private boolean shown(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).query().isVisible());
    }

    @Test
    void theLoadVesselPageShowsOnlyTheVesselsSignalsInWordsAndNoDie(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().isostaticVessel(1).build();
        long recipe = station.approve(TestRecipes.cip("CIP bag", station.mapping().press(), 20, Duration.ofSeconds(3)));
        Session olga = station.olga();
        station.sequencer().start(olga, StartBatchCommand.withoutDie(recipe));
        station.sequencer().confirmCheck(olga);
        show(robot, stage, new RunScreen(station), station, olga);
        RunViewTest.awaitStep(robot, "Load the vessel");

        assertTrue(shown(robot, "#liveColumn"), "the side column is beside the LOAD_VESSEL checklist");
        assertFalse(shown(robot, "#liveDoor"), "a vessel has no door switch: no STALE door row");
        assertFalse(shown(robot, "#liveReadouts"), "no force or die pressure on a vessel");
        assertTrue(shown(robot, "#liveLid") && shown(robot, "#liveReleased"));
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "LOCKED".equals(indication(robot, "#liveLid")));
        assertEquals("RELEASED", indication(robot, "#liveReleased"));
        station.port().command(StandardSignal.UNLOCK_LID);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "UNLOCKED".equals(indication(robot, "#liveLid")));

        assertFalse(shown(robot, "#layerStack"), "no 'Die empty' picture: the sample is bagged");
        assertTrue(text(robot, "#recipeLabel").endsWith("No die: isostatic vessel"), text(robot, "#recipeLabel"));
        assertEquals(List.of(), new ScreenChecks().check(stage.getScene(), "vessel-load"));
    }

    @Test
    void theStartPageAsksNoDieForAVesselRecipeAndStartsItWithoutOne(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().isostaticVessel(1).build();
        long recipe = station.approve(TestRecipes.cip("CIP bag", station.mapping().press(), 20, Duration.ofSeconds(3)));
        Session olga = station.olga();
        show(robot, stage, new RunScreen(station), station, olga);

        RunViewTest.tap(robot, "#recipe-" + recipe);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !shown(robot, "#dieTiles"));
        assertEquals("2. No die: this recipe runs in the isostatic vessel with the sample bagged", text(robot, "#dieTitle"));
        RunViewTest.tap(robot, "#startBatch");
        RunViewTest.awaitStep(robot, "Prepare");

        var run = station.sequencer().current().orElseThrow();
        assertFalse(run.hasDie());
        assertEquals("isostatic vessel", station.events(run.batchId()).get(0).value(StartedValues.NO_DIE));
        assertFalse(station.events(run.batchId()).get(0).values().containsKey(StartedValues.DIE_ID), "no die id is recorded");
    }
}
