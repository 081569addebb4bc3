package org.layerpress.domain.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.units.Force;

/**
 * Reads a press step's trace against its recipe: overshoot, die rating, setpoint reached, below
 * band during the hold, decay beyond the recipe's limit — and, for decay, whether the ram moved
 * (creep) or stayed (leak), the distinction docs/press-domain.md#what-a-trace-can-reveal draws.
 */
public final class TraceEvaluator {

    /** The setpoint counts as reached within 0.5 % of the target (the PLC's own hold criterion in the simulator). */
    public static final double REACHED_FRACTION = 0.995;

    /**
     * Ram movement is measured from this far into the hold: force and position arrive as separate
     * OPC UA samples, so at the very start of the hold the position can still lag the end of the
     * ramp's compaction by a sample or two and look like creep.
     */
    public static final double POSITION_SETTLE_SECONDS = 0.5;

    /** Ram advance during a hold above which a pressure fall is creep rather than a leak. */
    public static final double CREEP_ADVANCE_MM = 0.005;

    private TraceEvaluator() {
    }

    /**
     * @param holdEndSeconds when the hold ended (the PLC's step done), or the last sample if it never did
     */
    public static TraceEvaluation evaluate(List<TraceSample> trace, Press step, DieSpec die, double holdEndSeconds) {
        double target = step.target().megaPascals();
        double band = step.band().megaPascals();
        double upper = target + band;
        double lower = target - band;
        double rated = die.ratedPressure().megaPascals();
        List<Finding> findings = new ArrayList<>();
        double peak = 0;
        boolean overshoot = false;
        boolean overRating = false;
        int reached = -1;
        int inBand = -1;
        for (int i = 0; i < trace.size(); i++) {
            TraceSample s = trace.get(i);
            peak = Math.max(peak, s.pressureMegaPascals());
            if (!overshoot && s.pressureMegaPascals() > upper) {
                overshoot = true;
                findings.add(new Finding(FindingKind.OVER_PRESSURE, s.seconds(), String.format(Locale.ROOT,
                        "pressure %.1f MPa above the band (%.0f ± %.0f MPa) at %.2f s", s.pressureMegaPascals(), target, band, s.seconds())));
            }
            if (!overRating && s.pressureMegaPascals() > rated) {
                overRating = true;
                Force f = die.forceFor(org.layerpress.domain.units.Pressure.megaPascals(s.pressureMegaPascals()));
                findings.add(new Finding(FindingKind.DIE_RATING_EXCEEDED, s.seconds(), String.format(Locale.ROOT,
                        "%.1f kN on the die, above its rating of %.1f kN, at %.2f s", f.kiloNewtons(), die.rating().kiloNewtons(), s.seconds())));
            }
            if (inBand < 0 && s.pressureMegaPascals() >= lower) {
                inBand = i;
            }
            if (reached < 0 && s.pressureMegaPascals() >= target * REACHED_FRACTION) {
                reached = i;
            }
        }
        // The hold is measured from the setpoint; a press that only got into the band starts there.
        reached = reached >= 0 ? reached : inBand;
        if (reached < 0) {
            findings.add(new Finding(FindingKind.SETPOINT_NOT_REACHED, trace.isEmpty() ? 0 : trace.get(trace.size() - 1).seconds(),
                    String.format(Locale.ROOT, "never reached %.0f − %.0f MPa (peak %.1f MPa)", target, band, peak)));
            return new TraceEvaluation(peak, OptionalDouble.empty(), Double.NaN, Double.NaN, 0, findings);
        }
        TraceSample start = trace.get(reached);
        TraceSample settled = start;
        TraceSample end = start;
        double sum = 0;
        int n = 0;
        boolean below = false;
        for (int i = reached; i < trace.size() && trace.get(i).seconds() <= holdEndSeconds; i++) {
            TraceSample s = trace.get(i);
            sum += s.pressureMegaPascals();
            n++;
            end = s;
            if (settled == start && s.seconds() >= start.seconds() + POSITION_SETTLE_SECONDS) {
                settled = s;
            }
            if (!below && s.pressureMegaPascals() < lower) {
                below = true;
                findings.add(new Finding(FindingKind.BELOW_BAND, s.seconds(), String.format(Locale.ROOT,
                        "pressure %.1f MPa below the band (%.0f ± %.0f MPa) during the hold at %.2f s", s.pressureMegaPascals(), target, band, s.seconds())));
            }
        }
        double decay = 100.0 * (start.pressureMegaPascals() - end.pressureMegaPascals()) / start.pressureMegaPascals();
        double advance = end.positionMillimetres() - settled.positionMillimetres();
        if (decay > step.maxDecayPercent()) {
            boolean creep = advance > CREEP_ADVANCE_MM;
            findings.add(new Finding(creep ? FindingKind.DECAY_CREEP : FindingKind.DECAY_LEAK, end.seconds(), String.format(Locale.ROOT,
                    "pressure fell %.1f %% during the hold (limit %.1f %%) while the ram %s: %s",
                    decay, step.maxDecayPercent(), creep ? String.format(Locale.ROOT, "advanced %.3f mm", advance) : "stayed",
                    creep ? "powder creep" : "a hydraulic leak")));
        }
        return new TraceEvaluation(peak, OptionalDouble.of(start.seconds()), sum / n, decay, advance, findings);
    }
}
