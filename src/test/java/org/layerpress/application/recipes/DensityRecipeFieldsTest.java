package org.layerpress.application.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.units.Length;

/** {@code die.zeroPosition} and a PRESS step's {@code minRelativeDensity} in recipe files (docs/recipe-format.md). */
class DensityRecipeFieldsTest {

    private final YamlRecipeFiles files = new YamlRecipeFiles();

    private static String withDensity(String zero, String min) {
        return YamlRecipeFilesTest.edit("  rating: 10 tf\n", "  rating: 10 tf\n  zeroPosition: " + zero + "\n")
                .replace("    maxDecay: 5 %\n", "    maxDecay: 5 %\n    minRelativeDensity: " + min + "\n");
    }

    @Test
    void theZeroPositionAndTheDensityTargetAreReadAndWrittenBackExactly() {
        RecipeDefinition d = files.parse("dense.yaml", withDensity("13.25 mm", "92.5 %"));
        assertEquals(Optional.of(Length.millimetres(13.25)), d.die().zeroPosition());
        assertEquals(OptionalDouble.of(92.5), ((Press) d.steps().get(1)).minRelativeDensityPercent());
        String written = files.toYaml(d);
        assertTrue(written.contains("zeroPosition: 13.25 mm") && written.contains("minRelativeDensity: 92.5 %"), written);
        assertEquals(d, files.parse("again.yaml", written));
        assertEquals(d, files.parse("again.json", files.toJson(d)));
    }

    @Test
    void aDensityTargetWithoutItsUnitOrAZeroPositionInAnotherUnitIsRefusedAtItsLine() {
        RecipeFileException bare = assertThrows(RecipeFileException.class, () -> files.parse("bad.yaml", withDensity("13 mm", "90")));
        assertEquals("steps[2].minRelativeDensity", bare.key(), bare.getMessage());
        assertEquals(25, bare.line(), bare.getMessage()); // line 23 maxDecay of MINIMAL, one line lower for zeroPosition, then this one
        RecipeFileException unit = assertThrows(RecipeFileException.class, () -> files.parse("bad.yaml", withDensity("1.3 cm", "90 %")));
        assertEquals("die.zeroPosition", unit.key(), unit.getMessage());
        assertEquals(6, unit.line(), unit.getMessage());
    }
}
