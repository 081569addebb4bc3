package org.layerpress.ui.batch;

import java.util.OptionalDouble;
import org.layerpress.application.batch.ManualProgress;
import org.layerpress.ui.fx.Words;

/**
 * What the Run page shows while a PRESS step is pumped by hand: the live pressure on a gauge with the
 * recipe's band marked, and one instruction in big words ("Pump to 360 MPa", "Hold: 42 s left — top up
 * if below band", "Release now"). Plain data from the sequencer's {@link ManualProgress} and the live
 * pressure, so it is tested without a screen. The gauge's scale puts the band's top at two thirds, so
 * an overshoot is seen climbing before it is reached; the die's rating is marked when it is on the scale.
 *
 * @param megaPascals the live pressure, NaN when it is not live
 * @param scaleMegaPascals the gauge's full scale
 * @param level where the pressure stands, for the gauge's colour and glyph
 * @param words the instruction, in big words
 */
public record ManualPressGauge(double megaPascals, double scaleMegaPascals, double lowerMegaPascals, double upperMegaPascals,
                               double ratedMegaPascals, Level level, String words) {

    /** Where the pressure stands against the step. */
    public enum Level {
        /** No live reading. */
        STALE,
        /** Below the band: pump (or top up during the hold). */
        BELOW_BAND,
        IN_BAND,
        /** Above the band's top: stop pumping. */
        OVER_BAND,
        /** Above the die's rating: stop and release. */
        OVER_RATING
    }

    public static ManualPressGauge of(ManualProgress p, double megaPascals) {
        double scale = Math.ceil(p.upperMegaPascals() * 1.5 / 50) * 50;
        Level level = level(p, megaPascals);
        return new ManualPressGauge(megaPascals, scale, p.lowerMegaPascals(), p.upperMegaPascals(), p.ratedMegaPascals(), level, words(p, level));
    }

    private static Level level(ManualProgress p, double mpa) {
        if (Double.isNaN(mpa)) {
            return Level.STALE;
        }
        if (mpa > p.ratedMegaPascals()) {
            return Level.OVER_RATING;
        }
        if (mpa > p.upperMegaPascals()) {
            return Level.OVER_BAND;
        }
        return mpa >= p.lowerMegaPascals() ? Level.IN_BAND : Level.BELOW_BAND;
    }

    private static String words(ManualProgress p, Level level) {
        String target = StepWords.num(p.targetMegaPascals());
        OptionalDouble left = p.holdRemainingSeconds();
        String hold = left.isPresent() ? Words.format("gauge.holdLeft", String.valueOf((long) Math.ceil(left.getAsDouble()))) : "";
        return switch (level) {
            case STALE -> Words.get("gauge.noReading");
            case OVER_RATING -> Words.format("gauge.overRating", StepWords.num(p.ratedMegaPascals()));
            case OVER_BAND -> Words.format("gauge.overBand", StepWords.num(p.upperMegaPascals()))
                    + (hold.isEmpty() ? "" : ". " + hold);
            case BELOW_BAND -> left.isEmpty() ? Words.format("gauge.pumpTo", target) : Words.format("gauge.topUpTo", target, hold);
            case IN_BAND -> left.isEmpty() ? Words.format("gauge.pumpTo", target)
                    : left.getAsDouble() <= 0 ? Words.get("gauge.releaseNow") : Words.format("gauge.holdInBand", hold);
        };
    }

    /** The band and the scale in words, under the gauge. */
    public String scaleText() {
        return Words.format("gauge.scale", StepWords.num(lowerMegaPascals), StepWords.num(upperMegaPascals),
                StepWords.num(scaleMegaPascals));
    }

    /** The needle's place on the scale, 0..1 (0 when not live). */
    public double fraction() {
        return Double.isNaN(megaPascals) ? 0 : Math.max(0, Math.min(1, megaPascals / scaleMegaPascals));
    }

    /** Whether the die's rating is on the scale (it is marked then). */
    public boolean ratingOnScale() {
        return ratedMegaPascals <= scaleMegaPascals;
    }
}
