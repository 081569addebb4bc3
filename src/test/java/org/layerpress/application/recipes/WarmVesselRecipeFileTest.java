package org.layerpress.application.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeText;
import org.layerpress.domain.units.Temperature;
import org.layerpress.testing.TestRecipes;

/** A warm PRESSURISE in a recipe file: its temperature, band and soak read and written exactly, a bad soak refused at its line. */
class WarmVesselRecipeFileTest {

    private static final PressProfile VESSEL = MappingLoader.loadBundled("isostatic-wip.yaml").press();

    final YamlRecipeFiles files = new YamlRecipeFiles();

    private static RecipeDefinition wip() {
        return TestRecipes.wip("WIP bag", VESSEL, 200, Duration.ofSeconds(60), 80, Duration.ofSeconds(90));
    }

    @Test
    void aWarmPressuriseRoundTripsWithItsSoakInSeconds() {
        RecipeDefinition d = wip();
        String yaml = files.toYaml(d);
        assertTrue(yaml.contains("    temperature: 80 degC\n    temperatureBand: 5 degC\n    soak: 90 s\n"), yaml);
        assertEquals(d, files.parse("wip.yaml", yaml));
        assertEquals(d, files.parse("wip.json", files.toJson(d)));
        RecipeStep.Pressurise p = (RecipeStep.Pressurise) files.parse("wip.yaml", yaml).steps().get(2);
        assertEquals(Duration.ofSeconds(90), p.soak());
        assertEquals(Optional.of(Temperature.celsius(80)), p.temperature());
    }

    @Test
    void aColdPressuriseKeepsItsCanonicalTextSoSignaturesOfExistingRecipesStillMatch() {
        RecipeDefinition cold = TestRecipes.cip("CIP bag", VESSEL, 200, Duration.ofSeconds(60));
        assertTrue(RecipeText.canonical(cold).lines().noneMatch(l -> l.contains("soak")), RecipeText.canonical(cold));
        assertTrue(RecipeText.canonical(wip()).contains("steps[3].soak.s=90.0") || RecipeText.canonical(wip()).contains("soak.s=90.0"),
                RecipeText.canonical(wip()));
    }

    @Test
    void aSoakWithoutItsUnitIsRefusedAtItsLineAndKey() {
        String yaml = files.toYaml(wip());
        String bad = yaml.replace("    soak: 90 s\n", "    soak: 90\n");
        RecipeFileException e = assertThrows(RecipeFileException.class, () -> files.parse("bad.yaml", bad));
        int line = (int) bad.lines().takeWhile(l -> !l.equals("    soak: 90")).count() + 1;
        assertTrue(e.getMessage().startsWith("bad.yaml:" + line + ": steps[3].soak: expected a number followed by s or min"), e.getMessage());
    }
}
