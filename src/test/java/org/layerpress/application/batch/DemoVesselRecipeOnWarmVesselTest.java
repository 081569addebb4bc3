package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.batch.VesselPoint;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.TestStation;

/**
 * The demo vessel recipe as shipped (300 MPa for 10 min, after Duan et al. 2023) on the simulated warm
 * isostatic press over OPC UA loopback with the real H2 file: a cold step on a heated vessel reaches its
 * band, holds and vents with the heater never asked for heat. The simulated time and the HMI's clock run
 * 20 times the wall clock, so the 10 min hold takes 30 s.
 */
class DemoVesselRecipeOnWarmVesselTest {

    private static final int PRESSURISE = 3;
    private static final int VENT = 4;

    @TempDir
    Path dir;
    private TestStation station;

    @AfterEach
    void tearDown() {
        if (station != null) {
            station.close();
        }
    }

    private void awaitStepDone(String id, int step) {
        Eventually.waitUntil("step " + step + " done", Duration.ofSeconds(120), () -> station.stored(id).step(step).state() != StepState.ACTIVE,
                () -> station.stored(id).step(step).values().toString());
    }

    @Test
    void theColdIsostaticDemoRecipeRunsOnTheWarmVesselWithItsHeaterOff() {
        station = TestStation.builder(dir).demoUsers().warmIsostaticVessel(20).build();
        long recipe = station.approve(DemoRecipes.coldIsostaticLpscl(station.mapping().press()));
        Session olga = station.olga();
        String id = station.sequencer().start(olga, StartBatchCommand.withoutDie(recipe)).batchId();
        station.sequencer().confirmCheck(olga);
        station.sequencer().confirmCheck(olga);
        Eventually.waitUntil("pressurise not blocked", () -> station.sequencer().vessel().blockers().isEmpty(), station.sequencer().vessel()::blockers);

        station.sequencer().vessel().pressurise(olga);
        awaitStepDone(id, PRESSURISE);
        awaitStepDone(id, VENT);
        BatchRun done = station.sequencer().inspect(olga, Map.of("Bag intact, no medium inside", true, "No cracks or chipped edges", true));

        assertEquals(BatchState.COMPLETE, done.state());
        assertEquals(StepState.CONFIRMED, station.stored(id).step(PRESSURISE).state(), station.stored(id).step(PRESSURISE).values().toString());
        List<VesselPoint> trace = station.sequencer().vessel().trace(id, PRESSURISE);
        RecipeStep.Pressurise p = (RecipeStep.Pressurise) DemoRecipes.coldIsostaticLpscl(station.mapping().press()).steps().get(PRESSURISE - 1);
        double peak = trace.stream().mapToDouble(VesselPoint::pressureMegaPascals).max().orElseThrow();
        assertTrue(peak >= 290 && peak <= 310, "held in the recipe's 300 ± 10 MPa band: peak " + peak);
        assertEquals(300, p.target().megaPascals());
        assertEquals(0.0, station.vessel().heaterSetpointSeen(), "a cold step never heats the medium");
    }
}
