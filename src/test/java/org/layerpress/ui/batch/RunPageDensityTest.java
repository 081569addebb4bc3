package org.layerpress.ui.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.density.DensityCodec;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.units.Length;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;

/** The Run page's foot after a press and after its release: thickness and density as the record holds them (simulator, H2, no stage). */
class RunPageDensityTest {

    @TempDir
    Path dir;
    private TestStation station;

    @AfterEach
    void close() {
        station.close();
    }

    private long recipe(Optional<Length> zero) {
        RecipeDefinition plain = TestRecipes.twoLayers("Bilayer", station.pressProfile(), Duration.ofSeconds(1), false);
        return station.approve(new RecipeDefinition(plain.name(), plain.purpose(), plain.die().withZeroPosition(zero), plain.press(),
                plain.steps().stream().map(s -> s instanceof RecipeStep.Press p ? (RecipeStep) p.withMinRelativeDensity(OptionalDouble.empty()) : s).toList()));
    }

    private String pressFirstLayer(long recipe, Session olga) {
        String id = station.startAndLoad(olga, recipe, TestStation.DIE).batchId();
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(olga);
        Eventually.waitUntil("pressed", () -> station.stored(id).step(4).state() == StepState.CONFIRMED, () -> station.sequencer().current());
        return id;
    }

    @Test
    void afterThePressTheRunPageShowsThicknessAndDensityUnderLoadAndThenAfterRelease() {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        RunScreen screen = new RunScreen(station);
        Session olga = station.olga();
        String id = pressFirstLayer(recipe(Optional.of(Length.millimetres(14))), olga);
        RunViewModel run = screen.viewModel(olga);
        run.open();

        String thickness = EvidenceNumbers.trimmed(Double.parseDouble(station.stored(id).step(4).value("density.load." + DensityCodec.THICKNESS_MM)), 3);
        String density = EvidenceNumbers.trimmed(Double.parseDouble(station.stored(id).step(4).value("density.load." + DensityCodec.DENSITY_GCM3)), 3);
        // The first layer is Li6PS5Cl alone, whose 1.86 g/cm³ the shipped material table holds: its relative density shows too.
        String relative = EvidenceNumbers.trimmed(Double.parseDouble(station.stored(id).step(4).value("density.load." + DensityCodec.RELATIVE_PCT)), 1);
        assertEquals(EvidenceNumbers.trimmed(100 * Double.parseDouble(station.stored(id).step(4).value("density.load." + DensityCodec.DENSITY_GCM3)) / 1.86, 1),
                relative, "by hand: density over the table's 1.86 g/cm³");
        String shown = run.getLastStep().getDensity();
        assertEquals("stack under load: thickness " + thickness + " mm, density " + density + " g/cm³, relative density " + relative + " %", shown);

        station.sequencer().release(olga);
        Eventually.waitUntil("released", () -> station.stored(id).step(5).state() == StepState.CONFIRMED, () -> station.sequencer().current());
        run.tick(0);
        assertTrue(run.getLastStep().getDensity().startsWith("stack after release: thickness "), run.getLastStep().getDensity());
    }

    @Test
    void withoutAZeroPositionTheRunPageSaysSoInsteadOfANumber() {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        RunScreen screen = new RunScreen(station);
        Session olga = station.olga();
        pressFirstLayer(recipe(Optional.empty()), olga);
        RunViewModel run = screen.viewModel(olga);
        run.open();
        assertEquals("stack under load: not measured: no zero position (die.zeroPosition in the recipe)", run.getLastStep().getDensity());
    }
}
