package org.layerpress.application.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.recipe.AtmosphereLimits;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.domain.recipe.RecipeText;

/** A CHECK step's {@code atmosphere: { maxO2, maxH2o }} limits in recipe files (docs/recipe-format.md, docs/glovebox.md). */
class AtmosphereRecipeFieldsTest {

    private final YamlRecipeFiles files = new YamlRecipeFiles();

    /** MINIMAL with a CHECK step first (lines 11..13, its atmosphere from line 14), so the LOAD_LAYER item moves down. */
    private static String withCheck(String atmosphereLine) {
        return YamlRecipeFilesTest.edit("steps:\n", "steps:\n  - kind: CHECK\n    title: check\n    items: [die clean]\n"
                + atmosphereLine);
    }

    @Test
    void theLimitsAreReadAndWrittenBackCanonically() {
        RecipeDefinition d = files.parse("box.yaml", withCheck("    atmosphere: { maxO2: 0.10 ppm, maxH2o: 0.5 ppm }\n"));
        Check check = (Check) d.steps().get(0);
        assertEquals(Optional.of(new AtmosphereLimits(0.1, 0.5)), check.atmosphere());
        String written = files.toYaml(d);
        assertTrue(written.contains("maxO2: 0.1 ppm") && written.contains("maxH2o: 0.5 ppm"), written);
        assertEquals(d, files.parse("again.yaml", written));
        assertEquals(d, files.parse("again.json", files.toJson(d)));
    }

    @Test
    void aCheckWithoutLimitsKeepsTheSignedTextItHadBefore() {
        RecipeDefinition without = files.parse("plain.yaml", withCheck(""));
        RecipeDefinition with = files.parse("box.yaml", withCheck("    atmosphere: { maxO2: 1 ppm, maxH2o: 1 ppm }\n"));
        assertFalse(RecipeText.canonical(without).contains("atmosphere"));
        assertTrue(RecipeText.canonical(with).contains("step.1.atmosphere.maxO2.ppm=1.0"), RecipeText.canonical(with));
    }

    @Test
    void aLimitWithoutItsUnitIsRefusedAtItsLineAndKey() {
        RecipeFileException e = assertThrows(RecipeFileException.class,
                () -> files.parse("bad.yaml", withCheck("    atmosphere: { maxO2: 0.1, maxH2o: 0.1 ppm }\n")));
        YamlRecipeFilesTest.assertAt(e, 14, "steps[1].atmosphere.maxO2", "the unit is mandatory");
    }

    @Test
    void aZeroOrHugeLimitIsRefused() {
        RecipeFileException zero = assertThrows(RecipeFileException.class,
                () -> files.parse("bad.yaml", withCheck("    atmosphere: { maxO2: 0 ppm, maxH2o: 0.1 ppm }\n")));
        YamlRecipeFilesTest.assertAt(zero, 14, "steps[1].atmosphere.maxO2", "must be above 0");
        RecipeFileException huge = assertThrows(RecipeFileException.class,
                () -> files.parse("bad.yaml", withCheck("    atmosphere:\n      maxO2: 1 ppm\n      maxH2o: 2000 ppm\n")));
        YamlRecipeFilesTest.assertAt(huge, 16, "steps[1].atmosphere.maxH2o", "at most 1000 ppm");
    }

    @Test
    void aMissingGasOrAnUnknownKeyIsRefused() {
        RecipeFileException missing = assertThrows(RecipeFileException.class,
                () -> files.parse("bad.yaml", withCheck("    atmosphere: { maxO2: 1 ppm }\n")));
        assertEquals("steps[1].atmosphere.maxH2o", missing.key(), missing.getMessage());
        RecipeFileException typo = assertThrows(RecipeFileException.class,
                () -> files.parse("bad.yaml", withCheck("    atmosphere: { maxO2: 1 ppm, maxH2O: 1 ppm }\n")));
        assertEquals("steps[1].atmosphere.maxH2O", typo.key(), typo.getMessage());
    }
}
