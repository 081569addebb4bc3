package org.layerpress.domain.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeStep.Cool;
import org.layerpress.domain.recipe.RecipeStep.Heat;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.units.Temperature;
import org.layerpress.testing.TestRecipes;

/** HEAT, COOL and a PRESS's platen band: each rule with the limit it names. */
class HeatedRecipeValidationTest {

    static final PressProfile COLD = new PressProfile("Cold press", RecipeValidatorTest.PRESS_30T.capacity(), 20,
            EnumSet.of(PressCapability.AUTOMATIC_RAMP_HOLD));

    static RecipeDefinition heated() {
        return TestRecipes.heated("warm", RecipeValidatorTest.PRESS_30T, Duration.ofSeconds(5));
    }

    static RecipeDefinition with(int index, RecipeStep step) {
        return heated().withStep(index, step);
    }

    static Heat heat(double setpoint, double ramp, double band, Duration soak) {
        return new Heat("Heat", Temperature.celsius(setpoint), ramp, Temperature.celsius(band), soak);
    }

    static List<String> messages(RecipeDefinition r) {
        return RecipeValidator.validate(r).stream().map(Violation::toString).toList();
    }

    static void refused(RecipeDefinition r, String expected) {
        List<String> m = messages(r);
        assertTrue(m.contains(expected), "expected '" + expected + "' in " + m);
        assertTrue(RecipeValidator.validate(r).stream().allMatch(v -> v.rule().equals(RecipeValidator.HEATING)), m.toString());
    }

    @Test
    void aHeatPressCoolRecipeIsValidOnAHeatedPress() {
        assertEquals(List.of(), messages(heated()));
    }

    @Test
    void heatSetpointAboveTheRecipeLimitIsRefusedNamingIt() {
        refused(with(3, heat(320, 30, 3, Duration.ofSeconds(30))), "step 4: HEAT setpoint must be 20–300 °C, was 320 °C");
    }

    @Test
    void heatRampAboveTheLimitOrZeroIsRefused() {
        refused(with(3, heat(60, 90, 3, Duration.ofSeconds(30))), "step 4: HEAT ramp must be above 0 and at most 60 °C/min, was 90 °C/min");
        refused(with(3, heat(60, 0, 3, Duration.ofSeconds(30))), "step 4: HEAT ramp must be above 0 and at most 60 °C/min, was 0 °C/min");
    }

    @Test
    void soakBandAndSoakTimeHaveLimits() {
        refused(with(3, heat(60, 30, 0, Duration.ofSeconds(30))), "step 4: soak band must be above 0 and at most ±25 °C, was ±0 °C");
        refused(with(3, heat(60, 30, 3, Duration.ofHours(2))), "step 4: soak must be 0 s to 60 min, was 7200 s");
    }

    @Test
    void heatingOnAPressWithoutHeatedPlatensIsRefused() {
        RecipeDefinition cold = new RecipeDefinition("warm", "", heated().die(), COLD, heated().steps());
        List<String> m = messages(cold);
        assertTrue(m.contains("step 4: a HEAT step needs heated platens but Cold press has none"), m.toString());
        assertTrue(m.contains("step 6: a COOL step needs heated platens but Cold press has none"), m.toString());
    }

    @Test
    void aPlatenTemperatureOnAPressStepNeedsTheHeatBeforeItToSetIt() {
        Press p = (Press) heated().steps().get(4);
        Press hotter = new Press(p.title(), p.target(), p.ramp(), p.hold(), p.band(), p.maxDecayPercent(), Optional.of(Temperature.celsius(80)),
                p.platenBand());
        refused(with(4, hotter), "step 5: the press step asks for platens at 80 °C but the HEAT before it sets 60 °C");

        List<RecipeStep> noHeat = new ArrayList<>(heated().steps());
        noHeat.remove(3);
        List<String> m = messages(heated().withSteps(noHeat));
        assertTrue(m.contains("step 4: the press step asks for platens at 60 °C but no HEAT step before it heats them"), m.toString());
        assertTrue(m.contains("step 4: a platen temperature band needs a HEAT step before the press step"), m.toString());
        assertTrue(m.contains("step 5: a COOL step needs a HEAT step before it"), m.toString());
    }

    @Test
    void aPlatenBandHasTheSameLimitsAsASoakBand() {
        Press p = (Press) heated().steps().get(4);
        refused(with(4, new Press(p.title(), p.target(), p.ramp(), p.hold(), p.band(), p.maxDecayPercent(), p.platen(),
                Optional.of(Temperature.celsius(30)))), "step 5: platen temperature band must be above 0 and at most ±25 °C, was ±30 °C");
    }

    @Test
    void coolMustGoBelowTheSetpointAndOnTheRightSideOfTheRelease() {
        refused(with(5, new Cool("Cool", Temperature.celsius(70), true)), "step 6: COOL to 70 °C is not below the HEAT setpoint of 60 °C");
        refused(with(5, new Cool("Cool", Temperature.celsius(45), false)),
                "step 6: COOL released comes while the press is still closed: put a RELEASE before it, or cool under load");

        List<RecipeStep> releasedFirst = new ArrayList<>(heated().steps());
        releasedFirst.set(5, releasedFirst.get(6));
        releasedFirst.set(6, new Cool("Cool", Temperature.celsius(45), true));
        refused(heated().withSteps(releasedFirst),
                "step 7: COOL under load needs the press closed on the pellet: put it after a PRESS and before the RELEASE");
    }

    @Test
    void aHeatedPelletIsNotEjectedBeforeACool() {
        List<RecipeStep> noCool = new ArrayList<>(heated().steps());
        noCool.remove(5);
        refused(heated().withSteps(noCool), "step 7: the platens are still heated at the EJECT: put a COOL step before it");
    }

    @Test
    void coolingReleasedAfterTheReleaseIsValid() {
        List<RecipeStep> steps = new ArrayList<>(heated().steps());
        steps.set(5, steps.get(6));
        steps.set(6, new Cool("Cool released", Temperature.celsius(45), false));
        assertEquals(List.of(), messages(heated().withSteps(steps)));
    }
}
