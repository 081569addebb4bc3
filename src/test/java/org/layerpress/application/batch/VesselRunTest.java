package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.batch.VesselStepValues;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;

/**
 * What one vessel step makes of its samples: the hold from the first sample at target − band, timed by
 * the HMI's clock; samples below the band during the hold; the vent's fastest rate over one-second
 * windows; and the vent's end only when the PLC says released and the pressure read is below 0.1 MPa.
 */
class VesselRunTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private static final RecipeStep.Pressurise PRESSURISE = new RecipeStep.Pressurise("P", Pressure.megaPascals(100),
            PressureRate.megaPascalsPerSecond(5), Duration.ofSeconds(10), Pressure.megaPascals(5));
    private static final RecipeStep.Depressurise VENT = new RecipeStep.Depressurise("V", PressureRate.megaPascalsPerSecond(5));

    private static Instant at(double seconds) {
        return T0.plusNanos((long) (seconds * 1e9));
    }

    @Test
    void theHoldStartsAtTheBandsBottomAndEndsAfterTheRecipesHoldByTheHmiClock() {
        VesselRun run = new VesselRun(3, PRESSURISE, null);
        assertEquals(VesselRun.Change.NONE, run.onPressure(94.9, at(18.98), 18.98));
        assertEquals(VesselRun.Change.HOLD_STARTED, run.onPressure(95.0, at(19), 19));
        assertEquals(VesselRun.Change.NONE, run.onPressure(100, at(20), 20));
        assertFalse(run.holdDone(28.9));
        assertTrue(run.holdDone(29));
        run.onPressure(99.8, at(29), 29);

        VesselStepValues.Held held = run.held(29);
        assertEquals(at(19), held.holdStartedAt());
        assertEquals(at(29), held.holdEndedAt());
        assertEquals(10, held.heldSeconds(), 1e-9);
        assertEquals(0, held.belowBandSamples());
        assertEquals(95, held.minMegaPascals(), 1e-9);
        assertEquals(4, held.samples());
        assertEquals(4, run.takeUnflushed().size(), "every sample is in the vessel trace");
    }

    @Test
    void aPressureBelowTheBandDuringTheHoldIsCounted() {
        VesselRun run = new VesselRun(3, PRESSURISE, null);
        run.onPressure(96, at(0), 0);
        run.onPressure(94, at(1), 1);
        run.onPressure(90, at(2), 2);
        VesselStepValues.Held held = run.held(2);
        assertEquals(2, held.belowBandSamples());
        assertEquals(90, held.minMegaPascals(), 1e-9);
    }

    @Test
    void aVentAtTheRecipesRateIsNotTooFastAndTwiceItIs() {
        VesselRun steady = vent(5);
        assertEquals(5, steady.vented(at(20)).fastestMegaPascalsPerSecond().orElseThrow(), 1e-6);
        assertFalse(steady.vented(at(20)).tooFast());
        VesselRun fast = vent(10);
        assertEquals(10, fast.vented(at(20)).fastestMegaPascalsPerSecond().orElseThrow(), 1e-6);
        assertTrue(fast.vented(at(20)).tooFast());
    }

    /** Vents from 50 MPa at {@code rate}, a sample every 20 ms. */
    private static VesselRun vent(double rate) {
        VesselRun run = new VesselRun(4, null, VENT);
        run.seed(50, false);
        for (int i = 0; i <= 200; i++) {
            double t = i * 0.02;
            run.onPressure(Math.max(0, 50 - rate * t), at(t), t);
        }
        return run;
    }

    @Test
    void theVentEndsOnlyWithReleasedAndAPressureBelowATenthOfAMegaPascal() {
        VesselRun run = new VesselRun(4, null, VENT);
        run.seed(20, false);
        assertFalse(run.onReleased(true), "released but the last pressure read is 20 MPa");
        assertEquals(VesselRun.Change.VENTED, run.onPressure(0.05, at(4), 4));
        VesselStepValues.Vented v = run.vented(at(4));
        assertEquals(20, v.fromMegaPascals(), 1e-9);
        assertEquals(Optional.empty(), v.fastestMegaPascalsPerSecond(), "one sample is no rate: left out, never a number");
    }
}
