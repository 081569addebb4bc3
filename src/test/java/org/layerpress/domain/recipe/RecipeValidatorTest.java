package org.layerpress.domain.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeStep.Eject;
import org.layerpress.domain.recipe.RecipeStep.LoadLayer;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.recipe.RecipeStep.Release;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.domain.units.Length;
import org.layerpress.domain.units.Mass;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;
import org.layerpress.domain.units.Temperature;

/** Each validation rule, with the limits from docs/press-domain.md. */
class RecipeValidatorTest {

    static final PressProfile PRESS_30T = new PressProfile("30 t press", Force.of(30, ForceUnit.TONNE_FORCE), 20,
            EnumSet.of(PressCapability.AUTOMATIC_RAMP_HOLD, PressCapability.HEATED_PLATENS));
    static final PressProfile PRESS_2T = new PressProfile("2 t press", Force.of(2, ForceUnit.TONNE_FORCE), 5, EnumSet.of(PressCapability.MANUAL_PUMP));

    static Press press(double mpa) {
        return new Press("press", Pressure.megaPascals(mpa), PressureRate.megaPascalsPerSecond(10), Duration.ofMinutes(2),
                Pressure.megaPascals(10), 5, Optional.empty());
    }

    static LoadLayer load(String layer, double mg) {
        return new LoadLayer("load " + layer, layer, "Li6PS5Cl", Mass.milligrams(mg), Mass.milligrams(2), false);
    }

    static RecipeDefinition recipe(PressProfile press, DieSpec die, RecipeStep... steps) {
        return new RecipeDefinition("test", "", die, press, List.of(steps));
    }

    static List<String> rules(RecipeDefinition r) {
        return RecipeValidator.validate(r).stream().map(Violation::rule).toList();
    }

    @Test
    void demoRecipesAreValidOnTheSimulatedPress() {
        for (RecipeDefinition r : DemoRecipes.all(PRESS_30T)) {
            assertEquals(List.of(), RecipeValidator.validate(r), r.name());
        }
    }

    @Test
    void twoTonnePressCannotReach360MpaInATenMillimetreDie() {
        // docs/press-domain.md#unit-conversions: a 2 t press cannot reach 360 MPa in a 10 mm die.
        List<Violation> v = RecipeValidator.validate(DemoRecipes.bilayer10mm(PRESS_2T));
        Violation capacity = v.stream().filter(x -> x.rule().equals(RecipeValidator.PRESS_CAPACITY)).findFirst().orElseThrow();
        assertEquals(5, capacity.step());
        assertTrue(capacity.message().contains("29.1 kN") && capacity.message().contains("19.6 kN"), capacity.message());
    }

    @Test
    void pressureAboveTheDieRatingIsRefusedNamingTheRating() {
        // 13 mm die rated 10 t ≈ 739 MPa (docs/press-domain.md#unit-conversions); 750 MPa fractured a pellet in one study.
        RecipeDefinition r = recipe(PRESS_30T, DemoRecipes.DIE_13_MM, load("a", 60), press(750), new Release("r"), new Eject("e"));
        Violation v = RecipeValidator.validate(r).stream().filter(x -> x.rule().equals(RecipeValidator.DIE_RATING)).findFirst().orElseThrow();
        assertEquals(2, v.step());
        assertTrue(v.message().contains("98.1 kN") && v.message().contains("739 MPa"), v.message());
    }

    @Test
    void theBandCountsTowardTheLimits() {
        // 730 MPa alone fits the 13 mm die's 739 MPa rating; 730 + 10 does not.
        RecipeDefinition r = recipe(PRESS_30T, DemoRecipes.DIE_13_MM, load("a", 60), press(730), new Release("r"), new Eject("e"));
        assertTrue(rules(r).contains(RecipeValidator.DIE_RATING));
    }

    @Test
    void rampAboveThePumpLimitIsRefusedInKiloNewtonsPerSecond() {
        Press fast = new Press("p", Pressure.megaPascals(360), PressureRate.megaPascalsPerSecond(300), Duration.ofMinutes(1),
                Pressure.megaPascals(10), 5, Optional.empty());
        RecipeDefinition r = recipe(PRESS_30T, DemoRecipes.DIE_10_MM, load("a", 60), fast, new Release("r"), new Eject("e"));
        Violation v = RecipeValidator.validate(r).stream().filter(x -> x.rule().equals(RecipeValidator.RAMP_LIMIT)).findFirst().orElseThrow();
        assertTrue(v.message().contains("23.56 kN/s") && v.message().contains("20.00 kN/s"), v.message());
    }

    @Test
    void platenTemperatureNeedsAHeatedPress() {
        Press hot = new Press("p", Pressure.megaPascals(100), PressureRate.megaPascalsPerSecond(5), Duration.ofMinutes(1),
                Pressure.megaPascals(5), 5, Optional.of(Temperature.celsius(120)));
        assertTrue(rules(recipe(PRESS_2T, DemoRecipes.DIE_10_MM, load("a", 60), hot, new Release("r"), new Eject("e"))).contains(RecipeValidator.HEATING));
        // On a heated press, a HEAT before the press sets the platens and a COOL before the eject brings them down.
        assertEquals(List.of(), rules(recipe(PRESS_30T, DemoRecipes.DIE_10_MM, load("a", 60),
                new RecipeStep.Heat("h", Temperature.celsius(120), 10, Temperature.celsius(3), Duration.ofSeconds(60)), hot, new Release("r"),
                new RecipeStep.Cool("c", Temperature.celsius(50), false), new Eject("e"))));
    }

    @Test
    void aRecipeWithoutPressIsRefused() {
        assertTrue(rules(recipe(PRESS_30T, DemoRecipes.DIE_10_MM, load("a", 60), new Release("r"), new Eject("e"))).contains(RecipeValidator.NO_PRESS));
    }

    @Test
    void stackingALayerOnAnUnpressedOneIsRefused() {
        RecipeDefinition oneStep = recipe(PRESS_30T, DemoRecipes.DIE_10_MM,
                load("electrolyte", 60), load("protective", 30), press(360), new Release("r"), new Eject("e"));
        Violation v = RecipeValidator.validate(oneStep).stream().filter(x -> x.rule().equals(RecipeValidator.MULTI_STEP)).findFirst().orElseThrow();
        assertEquals(2, v.step());
        assertTrue(v.message().contains("protective"), v.message());
    }

    @Test
    void loadingOnAClosedPressNeedsAReleaseFirst() {
        RecipeDefinition r = recipe(PRESS_30T, DemoRecipes.DIE_10_MM,
                load("electrolyte", 60), press(360), load("protective", 30), press(360), new Release("r"), new Eject("e"));
        assertEquals(List.of(RecipeValidator.RELEASE_BEFORE_LOAD), rules(r));
    }

    @Test
    void ejectBeforeReleaseIsRefused() {
        RecipeDefinition r = recipe(PRESS_30T, DemoRecipes.DIE_10_MM, load("a", 60), press(360), new Eject("e"));
        assertTrue(rules(r).contains(RecipeValidator.RELEASE_BEFORE_EJECT));
    }

    @Test
    void aRecipeMustEndWithReleaseAndEject() {
        RecipeDefinition r = recipe(PRESS_30T, DemoRecipes.DIE_10_MM, load("a", 60), press(360), new Release("r"));
        assertTrue(rules(r).contains(RecipeValidator.EJECT));
    }

    @Test
    void massesAndTolerancesMustBeSane() {
        List<RecipeStep> steps = new ArrayList<>(List.of(
                new LoadLayer("l", "a", "m", Mass.milligrams(0.5), Mass.milligrams(0.1), false),
                press(360), new Release("r"), new Eject("e")));
        assertTrue(rules(recipe(PRESS_30T, DemoRecipes.DIE_10_MM, steps.toArray(RecipeStep[]::new))).contains(RecipeValidator.MASS));
        steps.set(0, new LoadLayer("l", "a", "m", Mass.milligrams(60), Mass.milligrams(60), false));
        assertTrue(rules(recipe(PRESS_30T, DemoRecipes.DIE_10_MM, steps.toArray(RecipeStep[]::new))).contains(RecipeValidator.MASS));
    }

    @Test
    void bandMustBePositiveAndBelowTarget() {
        Press noBand = new Press("p", Pressure.megaPascals(360), PressureRate.megaPascalsPerSecond(10), Duration.ofMinutes(1),
                Pressure.megaPascals(0), 5, Optional.empty());
        assertTrue(rules(recipe(PRESS_30T, DemoRecipes.DIE_10_MM, load("a", 60), noBand, new Release("r"), new Eject("e"))).contains(RecipeValidator.PRESS_VALUES));
    }

    @Test
    void canonicalTextChangesWithAnyParameter() {
        RecipeDefinition a = DemoRecipes.bilayer10mm(PRESS_30T);
        RecipeDefinition b = a.withStep(4, ((Press) a.steps().get(4)).withTarget(Pressure.megaPascals(375)));
        assertTrue(!RecipeText.canonical(a).equals(RecipeText.canonical(b)));
        assertTrue(RecipeText.canonical(b).contains("step.5.pressure.MPa=375.0"));
    }
}
