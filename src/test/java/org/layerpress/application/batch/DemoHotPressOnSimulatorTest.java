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
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StepResult.Cooled;
import org.layerpress.domain.batch.StepResult.Heated;
import org.layerpress.domain.batch.StepResult.PlatensDuringHold;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.SimulatedPress;
import org.layerpress.testing.TestStation;

/**
 * The hot-pressed LGPS demo recipe as shipped (150 °C after Wang et al. 2021; 360 MPa for 5 min, ours) on
 * the simulated press with heated platens over loopback and the real H2 file, simulated time × 50: it
 * heats, soaks, presses with the platens in band, cools under load to 50 °C and completes.
 */
class DemoHotPressOnSimulatorTest {

    private static final double TIME_SCALE = 50;
    private static final int HEAT = 5;
    private static final int PRESS = 6;
    private static final int COOL = 7;
    private static final int RELEASE = 8;

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
        Eventually.waitUntil("step " + step + " done", Duration.ofSeconds(120), () -> station.stored(id).step(step).state() != StepState.ACTIVE
                || station.stored(id).state() != BatchState.RUNNING, () -> station.stored(id).step(step).values() + " " + station.stored(id).state());
        assertEquals(BatchState.RUNNING, station.stored(id).state(), station.stored(id).holdCause());
    }

    @Test
    void theHotPressedLgpsDemoRecipeHeatsPressesAtItsTemperatureCoolsAndCompletes() {
        station = TestStation.builder(dir).demoUsers().simulatedPress(SimulatedPress.quiet(), TIME_SCALE).build();
        long recipe = station.approve(DemoRecipes.hotPressedLgps10mm(station.pressProfile()));
        Session olga = station.olga();
        String id = station.sequencer().start(olga, new StartBatchCommand(recipe, TestStation.DIE.id())).batchId();
        station.sequencer().confirmCheck(olga);
        station.sequencer().confirmScan(olga, TestStation.DIE.id());
        station.sequencer().confirmScan(olga, "LGPS-2612-01");
        station.sequencer().loadLayer(olga, 60.5, "LGPS-2612-01", java.util.Optional.empty());
        Eventually.waitUntil("both platen temperatures read", () -> station.live().latest(StandardSignal.PLATEN_TEMPERATURE_TOP).isPresent()
                && station.live().latest(StandardSignal.PLATEN_TEMPERATURE_BOTTOM).isPresent(), station.live()::snapshot);

        station.sequencer().heat(olga);
        awaitStepDone(id, HEAT);
        Heated heated = StepResultCodec.heated(station.stored(id).step(HEAT).values()).orElseThrow();
        assertEquals(150, heated.setpointCelsius(), "Wang et al.: densest at 150 °C");
        assertEquals(150, heated.topCelsius(), 5, heated.toString());

        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(olga);
        awaitStepDone(id, PRESS);
        PlatensDuringHold hold = StepResultCodec.platensDuringHold(station.stored(id).step(PRESS).values()).orElseThrow();
        assertTrue(hold.inBand(), "the platens stayed at 150 ± 5 °C through the hold: " + hold);

        station.sequencer().cool(olga);
        awaitStepDone(id, COOL);
        Cooled cooled = StepResultCodec.cooled(station.stored(id).step(COOL).values()).orElseThrow();
        assertTrue(cooled.topCelsius() <= 50 && cooled.bottomCelsius() <= 50, cooled.toString());

        station.sequencer().release(olga);
        awaitStepDone(id, RELEASE);
        station.sequencer().eject(olga);
        BatchRun done = station.sequencer().inspect(olga,
                Map.of("No cracks or chipped edges", true, "No delamination between the layers", true, "Both faces flat and even", true));
        assertEquals(BatchState.COMPLETE, done.state());
        assertEquals(List.of(), station.stored(id).alarms());
        assertTrue(station.stored(id).step(RELEASE).values().getOrDefault("density.released.relative.note", "")
                .contains("no verified theoretical density for Li10GeP2S12 (LGPS)"), station.stored(id).step(RELEASE).values().toString());
    }
}
