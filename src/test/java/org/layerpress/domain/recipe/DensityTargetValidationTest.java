package org.layerpress.domain.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.recipe.RecipeStep.Eject;
import org.layerpress.domain.recipe.RecipeStep.Release;
import org.layerpress.domain.units.Length;

/** The PRESS step's optional minimum relative density, and the die zero position it needs (docs/recipe-format.md). */
class DensityTargetValidationTest {

    private static final DieSpec ZEROED = DemoRecipes.DIE_10_MM.withZeroPosition(Optional.of(Length.millimetres(14)));

    private static RecipeDefinition withTarget(DieSpec die, OptionalDouble min) {
        return RecipeValidatorTest.recipe(RecipeValidatorTest.PRESS_30T, die, RecipeValidatorTest.load("electrolyte", 60),
                RecipeValidatorTest.press(360).withMinRelativeDensity(min), new Release("release"), new Eject("eject"));
    }

    private static List<Violation> density(RecipeDefinition r) {
        return RecipeValidator.validate(r).stream().filter(v -> v.rule().equals(RecipeValidator.DENSITY)).toList();
    }

    @Test
    void aTargetBetweenZeroAndOneHundredPercentOnAZeroedDieIsValid() {
        assertEquals(List.of(), RecipeValidator.validate(withTarget(ZEROED, OptionalDouble.of(90))));
        assertEquals(List.of(), RecipeValidator.validate(withTarget(ZEROED, OptionalDouble.of(100))));
        assertEquals(List.of(), RecipeValidator.validate(withTarget(DemoRecipes.DIE_10_MM, OptionalDouble.empty())), "the target is optional");
    }

    @Test
    void aTargetAboveOneHundredOrNotAboveZeroIsRefusedNamingTheStepAndTheLimit() {
        for (double bad : new double[] {0, -5, 100.5, Double.NaN}) {
            List<Violation> v = density(withTarget(ZEROED, OptionalDouble.of(bad)));
            assertEquals(1, v.size(), "for " + bad + ": " + v);
            assertEquals(2, v.get(0).step());
            assertTrue(v.get(0).message().contains("above 0 and at most 100 %"), v.get(0).message());
        }
    }

    @Test
    void aTargetOnADieWithoutZeroPositionIsRefusedBecauseItCouldNeverBeChecked() {
        List<Violation> v = density(withTarget(DemoRecipes.DIE_10_MM, OptionalDouble.of(90)));
        assertEquals(1, v.size(), v::toString);
        assertTrue(v.get(0).message().contains("die.zeroPosition"), v.get(0).message());
    }

    @Test
    void theCanonicalTextGainsTheNewFieldsOnlyWhenTheyAreSet() {
        List<String> plain = RecipeText.lines(withTarget(DemoRecipes.DIE_10_MM, OptionalDouble.empty()));
        assertTrue(plain.stream().noneMatch(l -> l.contains("zeroPosition") || l.contains("minRelativeDensity")),
                "recipes signed before keep their text and hash");
        List<String> set = RecipeText.lines(withTarget(ZEROED, OptionalDouble.of(92.5)));
        assertTrue(set.contains("die.zeroPosition.mm=14.0") && set.contains("step.2.minRelativeDensity.percent=92.5"), set::toString);
    }
}
