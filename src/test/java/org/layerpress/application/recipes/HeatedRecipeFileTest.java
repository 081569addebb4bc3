package org.layerpress.application.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.Temperature;
import org.layerpress.testing.TestRecipes;

/** HEAT, COOL and a PRESS's platenBand in a recipe file: exact round trips, and errors at file, line and key. */
class HeatedRecipeFileTest {

    final YamlRecipeFiles files = new YamlRecipeFiles();

    static final String HEATED = YamlRecipeFilesTest.MINIMAL.replace("""
              - kind: PRESS
            """, """
              - kind: HEAT
                title: heat
                setpoint: 150 degC
                ramp: 10 degC/min
                band: 3 degC
                soak: 2 min
              - kind: PRESS
            """).replace("""
                maxDecay: 5 %
              - kind: RELEASE
            """, """
                maxDecay: 5 %
                platen: 150 °C
                platenBand: 5 degC
              - kind: COOL
                title: cool
                releaseBelow: 60 degC
                underLoad: true
              - kind: RELEASE
            """);
    // line 17 HEAT item, 19 setpoint, 20 ramp, 21 band, 22 soak, 23 PRESS item, 31 platenBand, 32 COOL item, 34 releaseBelow, 35 underLoad

    RecipeFileException refused(String from, String to) {
        assertTrue(HEATED.contains(from), from);
        return assertThrows(RecipeFileException.class, () -> files.parse("bad.yaml", HEATED.replace(from, to)));
    }

    @Test
    void heatCoolAndAPlatenBandAreReadWithTheirUnits() {
        RecipeDefinition d = files.parse("warm.yaml", HEATED);
        RecipeStep.Heat heat = (RecipeStep.Heat) d.steps().get(1);
        assertEquals(Temperature.celsius(150), heat.setpoint());
        assertEquals(10, heat.rampCelsiusPerMinute());
        assertEquals(Temperature.celsius(3), heat.band());
        assertEquals(Duration.ofMinutes(2), heat.soak());
        RecipeStep.Press press = (RecipeStep.Press) d.steps().get(2);
        assertEquals(Optional.of(Temperature.celsius(150)), press.platen());
        assertEquals(Optional.of(Temperature.celsius(5)), press.platenBand());
        assertEquals(new RecipeStep.Cool("cool", Temperature.celsius(60), true), d.steps().get(3));
    }

    @Test
    void aHeatedRecipeReadsBackEqualFromYamlAndJson() {
        RecipeDefinition d = TestRecipes.heated("Warm", YamlRecipeFilesTest.PRESS_30T, Duration.ofSeconds(5));
        assertEquals(d, files.parse("warm.yaml", files.toYaml(d)));
        assertEquals(d, files.parse("warm.json", files.toJson(d)));
        assertTrue(files.toYaml(d).contains("    setpoint: 60 degC\n    ramp: 30 degC/min\n    band: 3 degC\n    soak: 30 s\n"), files.toYaml(d));
    }

    @Test
    void aHeatRampWithoutItsUnitIsRefusedAtItsLine() {
        YamlRecipeFilesTest.assertAt(refused("ramp: 10 degC/min", "ramp: 10"), 20, "steps[2].ramp", "degC/min");
    }

    @Test
    void aSoakBandInKelvinIsRefusedAtItsLine() {
        YamlRecipeFilesTest.assertAt(refused("band: 3 degC", "band: 3 K"), 21, "steps[2].band", "degC");
    }

    @Test
    void aHeatWithoutSoakIsRefusedNamingTheStep() {
        RecipeFileException e = refused("    soak: 2 min\n", "");
        assertEquals("steps[2].soak", e.key(), e.getMessage());
    }

    @Test
    void anUnknownKeyInAHeatStepIsRefused() {
        YamlRecipeFilesTest.assertAt(refused("    soak: 2 min\n", "    soak: 2 min\n    hold: 2 min\n"), 23, "steps[2].hold");
    }

    @Test
    void coolNeedsUnderLoadTrueOrFalse() {
        YamlRecipeFilesTest.assertAt(refused("underLoad: true", "underLoad: yes please"), 35, "steps[4].underLoad", "true or false");
    }

    @Test
    void aNegativePlatenBandIsRefusedAtItsLine() {
        YamlRecipeFilesTest.assertAt(refused("platenBand: 5 degC", "platenBand: -5 degC"), 31, "steps[3].platenBand");
    }
}
