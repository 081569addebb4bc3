package org.layerpress.application.review;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.batch.Finding;
import org.layerpress.domain.batch.FindingKind;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.Trace;
import org.layerpress.domain.batch.TraceEvaluation;
import org.layerpress.domain.batch.TraceEvaluator;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.batch.TraceSample;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.units.Pressure;

/**
 * The flags one press step's trace gives: over-pressure, under-pressure during the hold, hold decay
 * (leak or creep) — read by {@link TraceEvaluator}, the same reading the sequencer made live — and
 * ramp deviation.
 *
 * <p>A step pressed more than once (held, then repeated) has all attempts in one trace; they are
 * told apart by a pause in the samples longer than {@link #ATTEMPT_GAP} (a hold and a resume take
 * longer than that; the PLC samples at 100 Hz). Every attempt is checked for over-pressure (even
 * brief, even in an attempt cut short); the hold and the ramp are judged on the last attempt only,
 * and only if it ended normally (its {@code holdEnd.s} was recorded).
 */
final class PressStepFlags {

    static final Duration ATTEMPT_GAP = Duration.ofSeconds(1);

    /**
     * The measured ramp (between 10 % and 90 % of the target pressure) may differ from the recipe's by
     * this fraction. The PLC ramps the force setpoint at the recipe's rate, so a clean press is within
     * a few %; a quarter off means the pump or valve did not follow (or the powder bed collapsed).
     */
    static final double RAMP_TOLERANCE = 0.25;

    private final StepRun step;
    private final RecipeStep.Press press;
    private final DieSpec die;
    private final List<QualityFlag> out;

    PressStepFlags(StepRun step, DieSpec die, List<QualityFlag> out) {
        this.step = step;
        this.press = (RecipeStep.Press) step.step();
        this.die = die;
        this.out = out;
    }

    void check(List<TracePoint> points) {
        // Force and position arrive as separate samples, not always in time order: each attempt is read in source-time order.
        List<List<TraceSample>> attempts = Trace.of(points, die).attempts(ATTEMPT_GAP).stream().map(Trace::samples).toList();
        if (attempts.isEmpty()) {
            return;
        }
        double peak = 0;
        boolean overBand = false;
        boolean overRating = false;
        for (List<TraceSample> attempt : attempts) {
            double end = attempt.get(attempt.size() - 1).seconds();
            TraceEvaluation e = TraceEvaluator.evaluate(attempt, press, die, end);
            boolean band = has(e, FindingKind.OVER_PRESSURE);
            boolean rating = has(e, FindingKind.DIE_RATING_EXCEEDED);
            if (band || rating) {
                peak = Math.max(peak, e.peakMegaPascals());
            }
            overBand |= band;
            overRating |= rating;
        }
        if (overBand) {
            double limit = press.upperLimit().megaPascals();
            add(FlagKind.OVER_PRESSURE, mpa(peak), String.format(Locale.ROOT, "≤ %.1f MPa (target %s ± %s MPa)", limit,
                    plain(press.target().megaPascals()), plain(press.band().megaPascals())),
                    String.format(Locale.ROOT, "peak %.1f MPa above the band's %.1f MPa", peak, limit));
        }
        if (overRating) {
            double peakKn = kiloNewtons(peak);
            add(FlagKind.OVER_PRESSURE, String.format(Locale.ROOT, "%.2f kN", peakKn),
                    String.format(Locale.ROOT, "≤ %.2f kN (die rating)", die.rating().kiloNewtons()),
                    String.format(Locale.ROOT, "peak force %.2f kN above the die's rating of %.2f kN", peakKn, die.rating().kiloNewtons()));
        }
        OptionalDouble holdEnd = EvidenceNumbers.parse(step.value(StepResultCodec.HOLD_END_S));
        if (holdEnd.isPresent()) {
            holdAndRamp(attempts.get(attempts.size() - 1), holdEnd.getAsDouble());
        }
        shortHold();
    }

    /** A hold pumped by hand that was let go before the recipe's time: the sequencer's finding, as a flag. */
    private void shortHold() {
        StepResultCodec.pressed(step.values()).stream().flatMap(p -> p.findings().stream()).filter(f -> f.kind() == FindingKind.HOLD_SHORT)
                .findFirst().ifPresent(f -> add(FlagKind.HOLD_SHORT, "let go early", String.format(Locale.ROOT, "≥ %s s (the recipe's hold)",
                        plain(press.hold().toMillis() / 1000.0)), f.message()));
    }

    private void holdAndRamp(List<TraceSample> last, double holdEnd) {
        TraceEvaluation e = TraceEvaluator.evaluate(last, press, die, holdEnd);
        OptionalDouble from = e.secondsToSetpoint();
        for (Finding f : e.findings()) {
            switch (f.kind()) {
                case BELOW_BAND -> {
                    double lowest = lowestDuringHold(last, from.orElse(0), holdEnd);
                    double lower = press.target().megaPascals() - press.band().megaPascals();
                    add(FlagKind.UNDER_PRESSURE, mpa(lowest), String.format(Locale.ROOT, "≥ %.1f MPa (target %s ± %s MPa)", lower,
                            plain(press.target().megaPascals()), plain(press.band().megaPascals())),
                            String.format(Locale.ROOT, "pressure fell to %.1f MPa during the hold, below the band's %.1f MPa", lowest, lower));
                }
                case DECAY_LEAK, DECAY_CREEP -> {
                    boolean creep = f.kind() == FindingKind.DECAY_CREEP;
                    add(creep ? FlagKind.HOLD_DECAY_CREEP : FlagKind.HOLD_DECAY_LEAK,
                            String.format(Locale.ROOT, "%.1f %% decay, ram advanced %.3f mm", e.holdDecayPercent(), e.ramAdvanceDuringHold()),
                            String.format(Locale.ROOT, "≤ %s %% decay", plain(press.maxDecayPercent())), f.message());
                }
                default -> {
                    // over-pressure is judged over every attempt (above); SETPOINT_NOT_REACHED is the step's own deviation
                }
            }
        }
        // By hand the ramp is the operator's pumping: the recipe's ramp rate is not a measure of it.
        if (!"true".equals(step.values().get(StepResultCodec.MANUAL))) {
            ramp(last);
        }
    }

    /** Rate between the 10 % and 90 % crossings of the target, interpolated between samples. */
    private void ramp(List<TraceSample> last) {
        double target = press.target().megaPascals();
        OptionalDouble t10 = crossing(last, 0.1 * target);
        OptionalDouble t90 = crossing(last, 0.9 * target);
        if (t10.isEmpty() || t90.isEmpty() || !(t90.getAsDouble() > t10.getAsDouble())) {
            return;
        }
        double actual = 0.8 * target / (t90.getAsDouble() - t10.getAsDouble());
        double wanted = press.ramp().megaPascalsPerSecond();
        if (Math.abs(actual - wanted) > RAMP_TOLERANCE * wanted) {
            add(FlagKind.RAMP_DEVIATION, String.format(Locale.ROOT, "%.1f MPa/s", actual),
                    String.format(Locale.ROOT, "%s MPa/s ± %.0f %%", plain(wanted), RAMP_TOLERANCE * 100),
                    String.format(Locale.ROOT, "ramped at %.1f MPa/s (10–90 %% of %s MPa), the recipe asks %s MPa/s ± %.0f %%",
                            actual, plain(target), plain(wanted), RAMP_TOLERANCE * 100));
        }
    }

    private static OptionalDouble crossing(List<TraceSample> samples, double level) {
        for (int i = 0; i < samples.size(); i++) {
            TraceSample s = samples.get(i);
            if (s.pressureMegaPascals() >= level) {
                if (i == 0) {
                    return OptionalDouble.of(s.seconds());
                }
                TraceSample p = samples.get(i - 1);
                double span = s.pressureMegaPascals() - p.pressureMegaPascals();
                double f = span > 0 ? (level - p.pressureMegaPascals()) / span : 1;
                return OptionalDouble.of(p.seconds() + f * (s.seconds() - p.seconds()));
            }
        }
        return OptionalDouble.empty();
    }

    private static double lowestDuringHold(List<TraceSample> samples, double from, double to) {
        double lowest = Double.MAX_VALUE;
        for (TraceSample s : samples) {
            if (s.seconds() >= from && s.seconds() <= to) {
                lowest = Math.min(lowest, s.pressureMegaPascals());
            }
        }
        return lowest;
    }

    private static boolean has(TraceEvaluation e, FindingKind kind) {
        return e.findings().stream().anyMatch(f -> f.kind() == kind);
    }

    private void add(FlagKind kind, String value, String limit, String what) {
        out.add(QualityFlagger.flag(kind, step, value, limit, what));
    }

    private String mpa(double megaPascals) {
        return String.format(Locale.ROOT, "%.1f MPa (%.2f kN)", megaPascals, kiloNewtons(megaPascals));
    }

    private double kiloNewtons(double megaPascals) {
        return die.forceFor(Pressure.megaPascals(megaPascals)).kiloNewtons();
    }

    /** A value a flag names, to at most three decimals. */
    static String plain(double v) {
        return EvidenceNumbers.trimmed(v, 3);
    }
}
