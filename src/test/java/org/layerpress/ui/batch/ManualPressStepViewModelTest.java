package org.layerpress.ui.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.StepRun;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.users.Session;
import org.layerpress.sim.ManualPumpPress;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * The press step's screen logic on the simulated manual pump press (real OPC UA, real H2): Start is
 * not blocked by a READY the press does not have, the words say what to pump to, then count the hold
 * down once the transducer reads the band.
 */
class ManualPressStepViewModelTest {

    @TempDir
    Path dir;
    private TestStation station;

    @AfterEach
    void tearDown() {
        if (station != null) {
            station.close();
        }
    }

    @Test
    void theWordsGoFromPumpToTheHoldCountdown() throws Exception {
        station = TestStation.builder(dir).demoUsers().manualPumpPress(new ManualPumpPress.Settings(5, 690, 0.001, 0.25, 0.2124, false)).build();
        long recipe = station.approve(TestRecipes.twoLayers("Hand bilayer", MappingLoader.loadBundled("simulator.yaml").press(), Duration.ofSeconds(30), false));
        Session olga = station.olga();
        station.startAndLoad(olga, recipe, TestStation.DIE);
        BatchCalls calls = new BatchCalls(station.sequencer(), olga, UseCaseRunner.inline());
        PressStepViewModel model = new PressStepViewModel(step(4), calls, TestStation.DIE);

        model.refresh(LiveInputs.of(station.live(), System.nanoTime()));
        assertEquals("Ready: hold Start", model.getPhase(), "no READY to wait for on a hand pump: " + model.blockers());
        assertNull(model.getManual());

        station.sequencer().startPress(olga);
        model.update(step(4));
        model.refresh(LiveInputs.of(station.live(), System.nanoTime()));
        assertEquals("Pump to 100 MPa", model.getPhase());
        assertEquals(ManualPressGauge.Level.BELOW_BAND, model.getManual().level());

        station.pump(7);
        Eventually.waitUntil("the hold counts on the screen", () -> {
            model.refresh(LiveInputs.of(station.live(), System.nanoTime()));
            return model.getPhase().startsWith("Hold: ");
        }, model::getPhase);
        assertTrue(model.getPhase().endsWith("s left \u2014 top up if below band"), model.getPhase());
        assertEquals(ManualPressGauge.Level.IN_BAND, model.getManual().level());
    }

    private StepRun step(int n) {
        return station.sequencer().current().orElseThrow().step(n);
    }
}
