package org.layerpress.domain.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.domain.units.Length;
import org.layerpress.domain.units.Mass;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;
import org.layerpress.domain.units.Temperature;

/**
 * Properties checked over thousands of generated cases from a fixed seed (reproducible): conversions
 * round-trip, and no recipe the validator accepts exceeds a press or die limit. Written with plain
 * JUnit and a seeded random source: jqwik, the usual property-testing library, states that AI agents
 * must not use it.
 */
class RecipeLimitsPropertyTest {

    private static final int TRIES = 5000;
    private final SplittableRandom random = new SplittableRandom(20261125L);

    private double between(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    private <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    @Test
    void forceAndPressureRoundTripThroughAnyDie() {
        for (int i = 0; i < TRIES; i++) {
            double bore = between(3, 40);
            double mpa = between(0.1, 2000);
            DieSpec die = new DieSpec(Length.millimetres(bore), Force.kiloNewtons(1000));
            assertEquals(mpa, die.pressureFor(die.forceFor(Pressure.megaPascals(mpa))).megaPascals(), 1e-9 * mpa, "bore " + bore);
        }
    }

    @Test
    void forceUnitsRoundTripAndUsTonsAreLighterThanMetricTonnes() {
        for (int i = 0; i < TRIES; i++) {
            double value = between(0.1, 1000);
            for (ForceUnit unit : ForceUnit.values()) {
                assertEquals(value, Force.of(value, unit).in(unit), 1e-9 * value, unit.symbol());
            }
            assertTrue(Force.of(value, ForceUnit.US_TON_FORCE).kiloNewtons() < Force.of(value, ForceUnit.TONNE_FORCE).kiloNewtons());
        }
    }

    @Test
    void noValidRecipeEverExceedsAPressOrDieLimit() {
        int valid = 0;
        for (int i = 0; i < TRIES; i++) {
            RecipeDefinition recipe = randomRecipe();
            if (!RecipeValidator.validate(recipe).isEmpty()) {
                continue;
            }
            valid++;
            for (RecipeStep step : recipe.steps()) {
                if (step instanceof Press p) {
                    Force worst = recipe.die().forceFor(p.upperLimit());
                    assertFalse(worst.exceeds(recipe.press().capacity()), "capacity exceeded by " + p);
                    assertFalse(worst.exceeds(recipe.die().rating()), "die rating exceeded by " + p);
                    assertTrue(recipe.die().forceRateFor(p.ramp()) <= recipe.press().maxRampKiloNewtonsPerSecond(), "ramp exceeded by " + p);
                    assertTrue(p.platen().isEmpty() || recipe.press().has(PressCapability.HEATED_PLATENS), "heating on a cold press");
                }
            }
        }
        // The property says nothing unless a fair share of generated recipes pass validation.
        assertTrue(valid > TRIES / 20, "only " + valid + " of " + TRIES + " generated recipes were valid");
        assertTrue(valid < TRIES, "every generated recipe was valid: the generator never reaches a limit");
    }

    private RecipeDefinition randomRecipe() {
        // Typical bores and press sizes (docs/press-domain.md#unit-conversions).
        DieSpec die = new DieSpec(Length.millimetres(oneOf(List.of(6.0, 8.0, 10.0, 10.5, 12.0, 13.0, 15.0, 20.0))),
                Force.kiloNewtons(between(5, 400)));
        double tonnes = oneOf(List.of(2.0, 8.0, 15.0, 25.0, 30.0, 40.0));
        boolean heated = random.nextBoolean();
        PressProfile press = new PressProfile(tonnes + " t", Force.of(tonnes, ForceUnit.TONNE_FORCE), between(0.5, 50),
                heated ? EnumSet.of(PressCapability.HEATED_PLATENS) : EnumSet.noneOf(PressCapability.class));
        List<RecipeStep> steps = new java.util.ArrayList<>();
        steps.add(new RecipeStep.LoadLayer("l1", "a", "m", Mass.milligrams(50), Mass.milligrams(2), false));
        heatedPress(steps);
        steps.add(new RecipeStep.LoadLayer("l2", "b", "m", Mass.milligrams(30), Mass.milligrams(2), false));
        heatedPress(steps);
        steps.add(new RecipeStep.Eject("e"));
        return new RecipeDefinition("generated", "", die, press, steps);
    }

    /** A random press and its release; one with a platen temperature heated to it before and cooled released after. */
    private void heatedPress(List<RecipeStep> steps) {
        Press p = randomPress();
        p.platen().ifPresent(t -> steps.add(new RecipeStep.Heat("h", t, 10, Temperature.celsius(3), Duration.ofSeconds(30))));
        steps.add(p);
        steps.add(new RecipeStep.Release("r"));
        p.platen().ifPresent(t -> steps.add(new RecipeStep.Cool("c", Temperature.celsius(40), false)));
    }

    private Press randomPress() {
        Optional<Temperature> platen = oneOf(List.of(Optional.<Temperature>empty(), Optional.of(Temperature.celsius(80)), Optional.of(Temperature.celsius(150))));
        return new Press("p", Pressure.megaPascals(between(10, 1500)), PressureRate.megaPascalsPerSecond(between(0.5, 100)),
                Duration.ofSeconds(60), Pressure.megaPascals(between(0.5, 50)), 5, platen);
    }
}
