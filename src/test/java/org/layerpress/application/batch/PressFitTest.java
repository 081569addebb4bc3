package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.layerpress.application.mapping.GaugeSpec;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;
import org.layerpress.domain.units.Temperature;
import org.layerpress.testing.TestRecipes;

/** A recipe is judged against the station's press at batch start: kind, capacity, ramp, platens. */
class PressFitTest {

    private static final String MAPPING = "plc-mapping/station.yaml";
    /** The fast test recipe presses at 100 + 10 MPa in the 10 mm die (8.6 kN), ramping 100 MPa/s (7.85 kN/s). */
    private static final PressProfile RECIPE_PRESS = press(Force.kiloNewtons(294.2), 20, PressCapability.AUTOMATIC_RAMP_HOLD, PressCapability.HEATED_PLATENS);

    private static PressProfile press(Force capacity, double maxRamp, PressCapability... caps) {
        Set<PressCapability> set = caps.length == 0 ? EnumSet.noneOf(PressCapability.class) : EnumSet.of(caps[0], caps);
        return new PressProfile("Bench press 7", capacity, maxRamp, set);
    }

    private static PressFit automatic() {
        return new PressFit(press(Force.kiloNewtons(294.2), 20, PressCapability.AUTOMATIC_RAMP_HOLD), s -> true, Optional.empty(), MAPPING);
    }

    private static PressFit heated(Optional<Temperature> limit, StandardSignal... unmapped) {
        List<StandardSignal> missing = List.of(unmapped);
        return new PressFit(RECIPE_PRESS, s -> !missing.contains(s), limit, MAPPING);
    }

    private static RecipeDefinition recipe() {
        return TestRecipes.twoLayers("Fast bilayer", RECIPE_PRESS, Duration.ofSeconds(2), false);
    }

    /** {@link TestRecipes#heated} with its HEAT (step 4) and its PRESS's platens (step 5) at {@code celsius}. */
    private static RecipeDefinition heatedRecipe(double celsius) {
        RecipeDefinition warm = TestRecipes.heated("Fast bilayer", RECIPE_PRESS, Duration.ofSeconds(2));
        RecipeStep.Heat h = (RecipeStep.Heat) warm.steps().get(3);
        RecipeStep.Press p = (RecipeStep.Press) warm.steps().get(4);
        Temperature t = Temperature.celsius(celsius);
        return warm.withStep(3, new RecipeStep.Heat(h.title(), t, h.rampCelsiusPerMinute(), h.band(), h.soak()))
                .withStep(4, new RecipeStep.Press(p.title(), p.target(), p.ramp(), p.hold(), p.band(), p.maxDecayPercent(), Optional.of(t), p.platenBand()));
    }

    /** A recipe approved before HEAT steps existed: platens at {@code celsius} on its first press step (step 4), no HEAT. */
    private static RecipeDefinition platenWithoutHeat(double celsius) {
        List<RecipeStep> steps = new ArrayList<>(recipe().steps());
        RecipeStep.Press p = (RecipeStep.Press) steps.get(3);
        steps.set(3, new RecipeStep.Press(p.title(), p.target(), p.ramp(), p.hold(), p.band(), p.maxDecayPercent(), Optional.of(Temperature.celsius(celsius))));
        return recipe().withSteps(steps);
    }

    private static String refusal(PressFit fit, RecipeDefinition recipe) {
        return assertThrows(BatchRefusedException.class, () -> fit.require("Fast bilayer v1", recipe)).getMessage();
    }

    @Test
    void anUnheatedRecipeFitsAnAutomaticPressThatIsBigAndFastEnough() {
        assertEquals(List.of(), automatic().misfits(recipe()));
        automatic().require("Fast bilayer v1", recipe());
    }

    @Test
    void aManualPumpPressWithATransducerRunsTheRecipeByHandWhateverItsPumpRate() {
        // 0.1 kN/s would refuse the recipe's ramp on an automatic press; by hand the operator's pumping is the ramp.
        PressFit fit = new PressFit(press(Force.kiloNewtons(294.2), 0.1, PressCapability.MANUAL_PUMP), s -> true, Optional.empty(), MAPPING);

        assertTrue(fit.manual());
        assertEquals(List.of(), fit.misfits(recipe()));
    }

    @Test
    void aManualPumpPressStillRefusesARecipeAboveItsCapacity() {
        PressFit fit = new PressFit(press(Force.kiloNewtons(5), 20, PressCapability.MANUAL_PUMP), s -> true, Optional.empty(), MAPPING);

        assertTrue(refusal(fit, recipe()).contains("press capacity"), refusal(fit, recipe()));
    }

    @Test
    void aGaugeOnlyManualPumpPressWhoseGaugeTheMappingDescribesRunsTheRecipeByHand() {
        GaugeSpec bar = new GaugeSpec("bar", 0.2124);
        PressFit fit = new PressFit(press(Force.kiloNewtons(294.2), 20, PressCapability.MANUAL_PUMP), s -> s != StandardSignal.FORCE, Optional.empty(),
                MAPPING, Optional.empty(), Optional.of(bar));

        assertTrue(fit.manual(), "pumped by hand");
        assertEquals(Optional.of(bar), fit.gauge(), "read off the gauge");
        assertEquals(List.of(), fit.misfits(recipe()));
    }

    @Test
    void aGaugeOnlyPressStillRefusesARecipeAboveItsCapacity() {
        PressFit fit = new PressFit(press(Force.kiloNewtons(5), 20, PressCapability.MANUAL_PUMP), s -> s != StandardSignal.FORCE, Optional.empty(),
                MAPPING, Optional.empty(), Optional.of(new GaugeSpec("bar", 0.2124)));

        assertTrue(refusal(fit, recipe()).contains("press capacity"), refusal(fit, recipe()));
    }

    @Test
    void aGaugeOnlyManualPumpPressWhoseGaugeTheMappingDoesNotDescribeIsRefusedInWords() {
        PressFit fit = new PressFit(press(Force.kiloNewtons(294.2), 20, PressCapability.MANUAL_PUMP), s -> s != StandardSignal.FORCE, Optional.empty(), MAPPING);

        assertFalse(fit.manual());
        assertEquals(Optional.empty(), fit.gauge());
        assertEquals("Fast bilayer v1 cannot run on Bench press 7: this station's press is a manual pump press with a gauge only "
                + "(no force or oilPressure transducer mapped), and " + MAPPING + " does not say what the gauge reads (manualPump.gauge with ramArea); "
                + "LayerPress runs recipes only on an automatic press, or on a manual pump press with a transducer "
                + "or with a gauge the mapping describes (manualPump.gauge)", refusal(fit, recipe()));
    }

    @Test
    void aManualPumpPressWithATransducerIsNotReadOffAGauge() {
        PressFit fit = new PressFit(press(Force.kiloNewtons(294.2), 0.1, PressCapability.MANUAL_PUMP), s -> true, Optional.empty(), MAPPING,
                Optional.empty(), Optional.of(new GaugeSpec("bar", 0.2124)));

        assertEquals(Optional.empty(), fit.gauge(), "the transducer is read, not the gauge");
    }

    @Test
    void anIsostaticVesselIsRefusedInWords() {
        PressFit fit = new PressFit(press(Force.kiloNewtons(294.2), 20, PressCapability.ISOSTATIC_VESSEL), s -> true, Optional.empty(), MAPPING);

        assertEquals("Fast bilayer v1 cannot run on Bench press 7: this station's press is an isostatic vessel, with no ram and no die for a PRESS step; "
                + "run this recipe on a uniaxial press", refusal(fit, recipe()));
    }

    private static final PressProfile VESSEL_PRESS = press(Force.kiloNewtons(1178), 10, PressCapability.ISOSTATIC_VESSEL);

    private static PressFit vessel(double ratingMpa, Optional<Temperature> hottest) {
        return new PressFit(VESSEL_PRESS, s -> true, Optional.empty(), MAPPING,
                Optional.of(new org.layerpress.application.mapping.VesselSpec(ratingMpa, 5, hottest)));
    }

    @Test
    void aVesselRecipeWithinTheVesselsRatingFitsAndIsAcceptedAtStart() {
        RecipeDefinition cip = TestRecipes.cip("CIP", VESSEL_PRESS, 300, Duration.ofSeconds(2));
        assertEquals(List.of(), vessel(600, Optional.empty()).misfits(cip));
        vessel(600, Optional.empty()).require("Fast bilayer v1", cip);
    }

    @Test
    void aWarmIsostaticStepThatFitsTheHeatedVesselIsAcceptedAtStartAndAboveItsLimitIsRefusedInWords() {
        RecipeDefinition cip = TestRecipes.cip("CIP", VESSEL_PRESS, 300, Duration.ofSeconds(2));
        List<RecipeStep> steps = new java.util.ArrayList<>(cip.steps());
        RecipeStep.Pressurise p = (RecipeStep.Pressurise) steps.get(2);
        steps.set(2, new RecipeStep.Pressurise(p.title(), p.target(), p.rate(), p.hold(), p.band(), Optional.of(Temperature.celsius(80)),
                Optional.of(Temperature.celsius(5))));
        RecipeDefinition wip = new RecipeDefinition(cip.name(), cip.purpose(), cip.die(), cip.press(), steps);
        assertEquals(List.of(), vessel(600, Optional.of(Temperature.celsius(150))).misfits(wip));
        vessel(600, Optional.of(Temperature.celsius(150))).require("Fast bilayer v1", wip);
        assertEquals("Fast bilayer v1 cannot run on Bench press 7: step 3 asks for the vessel at 80 °C, above its limit of 60 °C (vessel.maxTemperature)",
                refusal(vessel(600, Optional.of(Temperature.celsius(60))), wip));
    }

    @Test
    void aVesselPressureAboveTheVesselsRatingIsRefusedWithBothNumbers() {
        RecipeDefinition cip = TestRecipes.cip("CIP", VESSEL_PRESS, 500, Duration.ofSeconds(2));
        assertEquals(List.of("step 3: the vessel pressure 500 MPa + band 5 MPa is above the vessel's rating of 400 MPa (vessel.maxPressure)"),
                vessel(400, Optional.empty()).misfits(cip));
    }

    @Test
    void aWarmVesselStepOnACipIsRefused() {
        RecipeDefinition cip = TestRecipes.cip("CIP", VESSEL_PRESS, 300, Duration.ofSeconds(2));
        RecipeStep.Pressurise p = (RecipeStep.Pressurise) cip.steps().get(2);
        RecipeDefinition wip = cip.withStep(2, new RecipeStep.Pressurise(p.title(), p.target(), p.rate(), p.hold(), p.band(),
                Optional.of(Temperature.celsius(80)), Optional.of(Temperature.celsius(5))));
        assertEquals(List.of("step 3 asks for the vessel at 80 °C, but the vessel is not heated (no vessel.maxTemperature in " + MAPPING + ")"),
                vessel(600, Optional.empty()).misfits(wip));
        assertEquals(List.of(), vessel(600, Optional.of(Temperature.celsius(150))).misfits(wip));
    }

    @Test
    void aVesselRecipeOnAUniaxialPressIsRefusedInWords() {
        RecipeDefinition cip = TestRecipes.cip("CIP", VESSEL_PRESS, 300, Duration.ofSeconds(2));
        assertEquals(List.of("the recipe presses in an isostatic vessel, but this station's press is not one (isostaticVessel and a vessel section are not in "
                + MAPPING + ")"), automatic().misfits(cip));
    }

    @Test
    void aPressWithoutAnyDeclaredKindIsRefusedNamingTheMissingCapability() {
        PressFit fit = new PressFit(press(Force.kiloNewtons(294.2), 20), s -> true, Optional.empty(), MAPPING);

        assertTrue(refusal(fit, recipe()).contains("the mapping plc-mapping/station.yaml does not list automaticRampHold in press.capabilities"),
                refusal(fit, recipe()));
    }

    @Test
    void aPressSmallerThanTheRecipesForceIsRefusedNamingItsCapacity() {
        PressFit fit = new PressFit(press(Force.kiloNewtons(5), 20, PressCapability.AUTOMATIC_RAMP_HOLD), s -> true, Optional.empty(), MAPPING);

        String words = refusal(fit, recipe());

        assertTrue(words.startsWith("Fast bilayer v1 cannot run on Bench press 7: step 4: 100 MPa (+10 band) needs 8.6 kN in the 10 mm die, "
                + "above the press capacity of 5.0 kN (Bench press 7)"), words);
        assertTrue(words.contains("step 7: "), "the second press step too: " + words);
    }

    @Test
    void aRampFasterThanThePressPumpIsRefusedNamingItsLimit() {
        PressFit fit = new PressFit(press(Force.kiloNewtons(294.2), 2, PressCapability.AUTOMATIC_RAMP_HOLD), s -> true, Optional.empty(), MAPPING);

        assertTrue(refusal(fit, recipe()).contains("step 4: ramp 100 MPa/s is 7.85 kN/s in this die, above the press limit of 2.00 kN/s"),
                refusal(fit, recipe()));
    }

    @Test
    void aHeatedRecipeOnAnUnheatedPressSaysThePressHasNoHeatedPlatens() {
        String words = refusal(automatic(), heatedRecipe(120));

        assertTrue(words.startsWith("Fast bilayer v1 cannot run on Bench press 7: step 4 heats the platens to 120 °C, but the press has no heated platens "
                + "(heatedPlatens is not in press.capabilities of plc-mapping/station.yaml); step 5 asks for platens at 120 °C, but the press"), words);
        assertTrue(words.contains("step 6 cools the platens, but the press has no heated platens"), words);
    }

    @Test
    void aHeatedRecipeNeedsThePlatenSignalsMapped() {
        String words = refusal(heated(Optional.of(Temperature.celsius(300)), StandardSignal.PLATEN_TEMPERATURE_SETPOINT), heatedRecipe(120));

        assertTrue(words.contains("step 4 heats the platens to 120 °C, but plc-mapping/station.yaml does not map platenTemperatureSetpoint"), words);
    }

    @Test
    void aHeatedRecipeNeedsAPlatenLimitInTheMapping() {
        String words = refusal(heated(Optional.empty()), heatedRecipe(120));

        assertTrue(words.contains("step 4 heats the platens to 120 °C, but plc-mapping/station.yaml sets no platens.maxTemperature"), words);
    }

    @Test
    void aHeatSetpointAboveThePressLimitIsRefusedNamingTheLimit() {
        String words = refusal(heated(Optional.of(Temperature.celsius(150))), heatedRecipe(180));

        assertTrue(words.contains("step 4 heats the platens to 180 °C, above the press's platen limit of 150 °C (platens.maxTemperature)"), words);
    }

    @Test
    void aHeatedRecipeFitsAPressWithHeatedPlatensTheirSignalsAndALimit() {
        assertEquals(List.of(), heated(Optional.of(Temperature.celsius(300))).misfits(heatedRecipe(120)));
    }

    @Test
    void aPlatenTemperatureWithoutAHeatStepIsRefusedBecauseThePlatensWouldStayCold() {
        assertEquals("Fast bilayer v1 cannot run on Bench press 7: step 4 asks for platens at 120 °C but no HEAT step before it heats them",
                refusal(heated(Optional.of(Temperature.celsius(300))), platenWithoutHeat(120)));
    }
}
