package org.layerpress.ui.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.GaugeProgress;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.users.Session;
import org.layerpress.sim.ManualPumpPress;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;

/**
 * The gauge page's view model on the real sequencer of a station whose simulator serves
 * {@code plc-mapping/manual-pump-gauge.yaml} over OPC UA: the band on the dial while typing, and the
 * countdown from the confirmed reading. The recipe's 100 ± 10 MPa in the 10 mm die is 33.3..40.7 bar
 * on the mapping's 2124 mm² ram, shown as 34 to 40 bar (whole bar inside the band).
 */
class GaugeStepModelTest {

    @TempDir
    Path dir;
    private TestStation station;
    private Session olga;
    private GaugeStepModel model;

    @BeforeEach
    void aPressStepOnTheGauge() {
        station = TestStation.builder(dir).demoUsers().gaugePress(new ManualPumpPress.Settings(5, 690, 0.001, 0.25, 0.2124, false)).build();
        long recipe = station.approve(TestRecipes.twoLayers("Gauge bilayer", MappingLoader.loadBundled("simulator.yaml").press(),
                Duration.ofSeconds(30), false));
        olga = station.olga();
        station.startAndLoad(olga, recipe, TestStation.DIE);
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(olga);
        model = new GaugeStepModel(station.sequencer().gauge()::progress, (stage, reading) -> {
            if (stage == GaugeProgress.Stage.READ_AT_HOLD_START) {
                station.sequencer().gauge().atHoldStart(olga, reading);
            } else {
                station.sequencer().gauge().atHoldEnd(olga, reading);
            }
        });
    }

    @AfterEach
    void tearDown() {
        station.close();
    }

    @Test
    void beforeTheReadingThePadIsOfferedWithTheBandOnTheDialAndNoCountdown() {
        model.refresh();

        assertTrue(model.readingAskedProperty().get());
        assertEquals("Gauge at the hold's start", model.padTitle());
        assertEquals("band 34 bar to 40 bar on the gauge", model.bandProperty().get());
        assertTrue(model.instructionProperty().get().startsWith("Pump to 37 bar"), model.instructionProperty().get());
        assertEquals("", model.countdownProperty().get(), "nothing counts before the reading is confirmed");
    }

    @Test
    void whileTypingThePadSaysWhereTheValueStandsAgainstTheBand() {
        model.refresh();

        assertEquals("band 34 bar to 40 bar on the gauge", model.padNote(OptionalDouble.empty()));
        assertEquals("band 34 bar to 40 bar on the gauge; 30 bar: below the band", model.padNote(OptionalDouble.of(30)));
        assertEquals("band 34 bar to 40 bar on the gauge; 37 bar: in the band", model.padNote(OptionalDouble.of(37)));
        assertEquals("band 34 bar to 40 bar on the gauge; 45 bar: above the band", model.padNote(OptionalDouble.of(45)));
    }

    @Test
    void confirmingTheReadingStartsTheCountdownAndPutsThePadAway() {
        model.refresh();
        model.confirm(37);
        model.refresh();

        assertFalse(model.readingAskedProperty().get(), "no reading while the hold counts");
        String countdown = model.countdownProperty().get();
        assertTrue(countdown.matches("Hold: (29|30) s left"), countdown);
        assertEquals("37", station.stored(station.sequencer().current().orElseThrow().batchId()).step(4).values().get("gauge.start"));
    }
}
