package org.layerpress.domain.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;
import org.layerpress.domain.units.Temperature;
import org.layerpress.testing.TestRecipes;

/** A recipe for an isostatic vessel: load, pressurise and hold, vent; each rule with the step and limit it names. */
class VesselRecipeValidationTest {

    static final PressProfile CIP = new PressProfile("Bench CIP", RecipeValidatorTest.PRESS_30T.capacity(), 10, EnumSet.of(PressCapability.ISOSTATIC_VESSEL));

    static RecipeDefinition cip() {
        return TestRecipes.cip("cip", CIP, 300, Duration.ofSeconds(60));
    }

    static List<Violation> violations(RecipeDefinition r) {
        return RecipeValidator.validate(r);
    }

    static RecipeStep.Pressurise pressurise(double mpa, double band, double rate, Optional<Temperature> t, Optional<Temperature> tBand) {
        return new RecipeStep.Pressurise("Pressurise", Pressure.megaPascals(mpa), PressureRate.megaPascalsPerSecond(rate), Duration.ofSeconds(60),
                Pressure.megaPascals(band), t, tBand);
    }

    @Test
    void aCipRecipeWithLoadPressuriseAndVentIsValidWithoutAnyDieStep() {
        assertEquals(List.of(), violations(cip()));
    }

    @Test
    void aVesselRecipeForAPressWithoutAVesselIsRefused() {
        RecipeDefinition r = TestRecipes.cip("cip", RecipeValidatorTest.PRESS_30T, 300, Duration.ofSeconds(60));
        Violation v = violations(r).get(0);
        assertEquals(VesselRules.VESSEL, v.rule());
        assertTrue(v.message().contains("does not list isostaticVessel"), v.message());
    }

    @Test
    void endingUnderPressureIsRefusedAtTheLastStep() {
        List<RecipeStep> steps = new java.util.ArrayList<>(cip().steps());
        steps.remove(3);
        List<Violation> out = violations(cip().withSteps(steps));
        assertEquals(1, out.size(), out.toString());
        assertEquals(VesselRules.VENT_BEFORE_OPEN, out.get(0).rule());
        assertEquals(4, out.get(0).step());
    }

    @Test
    void aDieStepInAVesselRecipeIsRefusedNamingIt() {
        Violation v = violations(cip().withStep(4, new RecipeStep.Eject("Eject"))).get(0);
        assertEquals(5, v.step());
        assertTrue(v.message().startsWith("EJECT is a die press's step"), v.message());
    }

    @Test
    void pressurisingBeforeTheSampleIsLoadedIsRefused() {
        Violation v = violations(cip().withStep(1, new RecipeStep.Check("Check", List.of("ok")))).get(0);
        assertEquals(3, v.step());
        assertTrue(v.message().contains("before any LOAD_VESSEL"), v.message());
    }

    @Test
    void aPressureBeyondAnyLabVesselAndABandWiderThanTheTargetAreRefused() {
        Violation tooHigh = violations(cip().withStep(2, pressurise(1200, 5, 5, Optional.empty(), Optional.empty()))).get(0);
        assertEquals("step 3: vessel pressure must be above 0 and at most 1000 MPa, was 1200 MPa", tooHigh.toString());
        Violation band = violations(cip().withStep(2, pressurise(100, 100, 5, Optional.empty(), Optional.empty()))).get(0);
        assertTrue(band.message().startsWith("tolerance band must be above 0 and below the target"), band.message());
    }

    @Test
    void aWarmVesselTemperatureOutsideWhatAVesselHeatsToIsRefused() {
        Violation v = violations(cip().withStep(2, pressurise(300, 5, 5, Optional.of(Temperature.celsius(800)), Optional.of(Temperature.celsius(5))))).get(0);
        assertEquals("step 3: vessel temperature must be 30–500 °C, was 800 °C", v.toString());
        assertEquals(List.of(), violations(cip().withStep(2, pressurise(300, 5, 5, Optional.of(Temperature.celsius(80)), Optional.of(Temperature.celsius(5))))));
    }

    @Test
    void theVesselStepsAreBoundIntoTheSignedText() {
        String text = String.join("\n", RecipeText.lines(cip()));
        assertTrue(text.contains("step.3.pressure.MPa=300.0"), text);
        assertTrue(text.contains("step.4.maxRate.MPaps=5.0"), text);
    }

    @Test
    void aWarmStepNeedsItsTemperatureBandAndASoakNeedsATemperature() {
        Violation noBand = violations(cip().withStep(2, pressurise(300, 5, 5, Optional.of(Temperature.celsius(80)), Optional.empty()))).get(0);
        assertEquals("step 3: a vessel temperature needs a temperatureBand: the medium is soaked and held within it", noBand.toString());
        RecipeStep.Pressurise coldWithSoak = new RecipeStep.Pressurise("P", Pressure.megaPascals(300), PressureRate.megaPascalsPerSecond(5),
                Duration.ofSeconds(60), Pressure.megaPascals(5), Optional.empty(), Optional.empty(), Duration.ofSeconds(30));
        assertEquals("step 3: a soak without a vessel temperature", violations(cip().withStep(2, coldWithSoak)).get(0).toString());
    }
}
