package org.layerpress.ui.batch;

import java.util.Locale;
import java.util.OptionalDouble;
import org.layerpress.application.batch.ManualProgress;

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
        String hold = left.isPresent() ? String.format(Locale.ROOT, "Hold: %.0f s left", Math.ceil(left.getAsDouble())) : "";
        return switch (level) {
            case STALE -> "No pressure reading: stop pumping";
            case OVER_RATING -> String.format(Locale.ROOT, "STOP: above the die's rating of %s MPa. Release now", StepWords.num(p.ratedMegaPascals()));
            case OVER_BAND -> String.format(Locale.ROOT, "Stop pumping: above %s MPa", StepWords.num(p.upperMegaPascals()))
                    + (hold.isEmpty() ? "" : ". " + hold);
            case BELOW_BAND -> left.isEmpty() ? "Pump to " + target + " MPa" : "Top up to " + target + " MPa. " + hold;
            case IN_BAND -> left.isEmpty() ? "Pump to " + target + " MPa"
                    : left.getAsDouble() <= 0 ? "Release now" : hold + " \u2014 top up if below band";
        };
    }

    /** The band and the scale in words, under the gauge. */
    public String scaleText() {
        return String.format(Locale.ROOT, "Band %s–%s MPa, scale 0–%s MPa", StepWords.num(lowerMegaPascals), StepWords.num(upperMegaPascals),
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
