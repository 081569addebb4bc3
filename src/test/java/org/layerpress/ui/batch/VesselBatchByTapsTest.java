package org.layerpress.ui.batch;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.ui.batch.RunViewTest.awaitStep;
import static org.layerpress.ui.batch.RunViewTest.fx;
import static org.layerpress.ui.batch.RunViewTest.show;
import static org.layerpress.ui.batch.RunViewTest.tap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StepState;
import org.layerpress.sim.IsostaticVesselPlc;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.HoldButton;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole CIP batch by taps alone on the Run screen (real JavaFX under Monocle) against the simulated
 * vessel over OPC UA loopback and the real H2 file: the recipe and Start, the Prepare and LOAD_VESSEL
 * checklists, Start held on the PRESSURISE page (the vent follows the hold on its own), Inspect; the
 * batch is COMPLETE in the store, and every page on the way passes the screen checks.
 */
@ExtendWith(ApplicationExtension.class)
class VesselBatchByTapsTest {

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

    @Test
    void aWholeCipBatchRunsToCompleteByTapsAlone(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().isostaticVessel(1).build();
        long recipe = station.approve(TestRecipes.cip("CIP bag", station.mapping().press(), 20, Duration.ofSeconds(2)));
        Session olga = station.olga();
        show(robot, stage, new RunScreen(station), station, olga);

        tap(robot, "#recipe-" + recipe);
        tap(robot, "#startBatch");
        awaitStep(robot, "Prepare");
        String id = station.sequencer().current().orElseThrow().batchId();
        tap(robot, "#checkItem0");
        tap(robot, "#confirmStep");

        awaitStep(robot, "Load the vessel");
        assertEquals(List.of(), new ScreenChecks().check(stage.getScene(), "vessel-load-by-taps"));
        tap(robot, "#checkItem0");
        tap(robot, "#checkItem1");
        tap(robot, "#confirmStep");

        awaitStep(robot, "Pressurise");
        assertEquals(List.of(), new ScreenChecks().check(stage.getScene(), "vessel-pressurise-by-taps"));
        RunViewTest.waitEnabled(robot, "#startVessel");
        HoldButton hold = fx(() -> robot.lookup("#startVessel").queryAs(HoldButton.class));
        robot.moveTo(hold).press(MouseButton.PRIMARY);
        try {
            Eventually.waitUntil("pressurising", () -> station.vessel().state() != IsostaticVesselPlc.State.IDLE, station.vessel()::state);
        } finally {
            robot.release(MouseButton.PRIMARY);
        }

        awaitStep(robot, "Inspect");
        tap(robot, "#pass0");
        tap(robot, "#confirmStep");

        Eventually.waitUntil("complete", () -> station.stored(id).state() == BatchState.COMPLETE, () -> station.stored(id).state());
        BatchRun run = station.stored(id);
        for (int step = 1; step <= 5; step++) {
            assertEquals(StepState.CONFIRMED, run.step(step).state(), "step " + step + ": " + run.step(step).values());
        }
        assertFalse(station.sequencer().vessel().trace(id, 3).isEmpty(), "the vessel pressure of the PRESSURISE is recorded");
        assertTrue(station.vessel().pressure() < 0.1, "the vessel is vented at the end: " + station.vessel().pressure());
    }
}
