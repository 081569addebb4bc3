package org.layerpress.domain.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;

/** Each trace signature of docs/press-domain.md#what-a-trace-can-reveal on a crafted trace: 10 mm die, 360 ± 10 MPa, 5 % decay allowed. */
class TraceEvaluatorTest {

    static final Press STEP = new Press("press", Pressure.megaPascals(360), PressureRate.megaPascalsPerSecond(10), Duration.ofSeconds(60),
            Pressure.megaPascals(10), 5, Optional.empty());

    /** 36 s ramp at 10 MPa/s, then a 60 s hold shaped by {@code hold(t)}, position by {@code ram(t)}; 50 Hz. */
    static List<TraceSample> trace(DoubleUnaryOperator hold, DoubleUnaryOperator ram) {
        List<TraceSample> out = new ArrayList<>();
        for (double t = 0; t <= 96; t += 0.02) {
            double p = t < 36 ? 10 * t : hold.applyAsDouble(t - 36);
            out.add(new TraceSample(t, p, ram.applyAsDouble(t)));
        }
        return out;
    }

    static TraceEvaluation evaluate(List<TraceSample> trace) {
        return TraceEvaluator.evaluate(trace, STEP, DemoRecipes.DIE_10_MM, 96);
    }

    static List<FindingKind> kinds(TraceEvaluation e) {
        return e.findings().stream().map(Finding::kind).toList();
    }

    @Test
    void aCleanRampAndHoldHasNoFindings() {
        TraceEvaluation e = evaluate(trace(t -> 359.5, t -> 12.0));
        assertEquals(List.of(), kinds(e));
        assertEquals(35.82, e.secondsToSetpoint().orElseThrow(), 0.03, "358.2 MPa (99.5 % of 360) reached after 35.8 s at 10 MPa/s");
        assertEquals(359.5, e.holdMeanMegaPascals(), 0.5);
    }

    @Test
    void aSpikeAboveTheBandIsAnOvershoot() {
        TraceEvaluation e = evaluate(trace(t -> t > 10 && t < 10.1 ? 385 : 360, t -> 12.0));
        assertEquals(List.of(FindingKind.OVER_PRESSURE), kinds(e));
        assertTrue(e.findings().get(0).message().contains("385.0 MPa"), e.findings().get(0).message());
    }

    @Test
    void pressureAboveTheDieRatingIsFlaggedEvenBriefly() {
        // 10 mm die rated 10 t = 98.07 kN ≈ 1249 MPa.
        TraceEvaluation e = evaluate(trace(t -> t > 5 && t < 5.03 ? 1300 : 360, t -> 12.0));
        assertTrue(kinds(e).contains(FindingKind.DIE_RATING_EXCEEDED), kinds(e).toString());
    }

    @Test
    void pressureFallingWhileTheRamStaysIsALeak() {
        TraceEvaluation e = evaluate(trace(t -> 360 - 0.5 * t, t -> 12.0));
        assertTrue(kinds(e).contains(FindingKind.DECAY_LEAK), kinds(e).toString());
        assertTrue(kinds(e).contains(FindingKind.BELOW_BAND), "360 − 30 MPa is below the band");
        assertEquals(7.9, e.holdDecayPercent(), 0.1, "from 358.2 MPa at the setpoint to 330 MPa");
    }

    @Test
    void pressureFallingWhileTheRamAdvancesIsCreep() {
        TraceEvaluation e = evaluate(trace(t -> 360 - 0.4 * t, t -> t < 36 ? 12.0 : 12.0 + 0.001 * (t - 36)));
        assertTrue(kinds(e).contains(FindingKind.DECAY_CREEP), kinds(e).toString());
        assertEquals(0.06, e.ramAdvanceDuringHold(), 0.001);
    }

    @Test
    void positionCatchingUpWithTheRampIsNotMistakenForCreep() {
        // Position samples lag force by up to a few hundred ms: the last 0.02 mm of the ramp's
        // compaction lands just after the hold starts; the leak is still a leak.
        TraceEvaluation e = evaluate(trace(t -> 360 - 0.5 * t, t -> t < 36.2 ? 12.0 : 12.02));
        assertTrue(kinds(e).contains(FindingKind.DECAY_LEAK), kinds(e).toString());
    }

    @Test
    void aPressThatNeverGetsThereIsFlagged() {
        List<TraceSample> weak = new ArrayList<>();
        for (double t = 0; t < 30; t += 0.02) {
            weak.add(new TraceSample(t, Math.min(10 * t, 200), 12.0));
        }
        TraceEvaluation e = TraceEvaluator.evaluate(weak, STEP, DemoRecipes.DIE_10_MM, 30);
        assertEquals(List.of(FindingKind.SETPOINT_NOT_REACHED), kinds(e));
        assertTrue(e.secondsToSetpoint().isEmpty());
    }
}
