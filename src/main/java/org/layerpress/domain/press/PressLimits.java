package org.layerpress.domain.press;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;

/**
 * Every force limit of a press with a die, in one place: the press's capacity and fastest force
 * ramp, the die's rating, and a recipe step's band (target + band, turned into force by the die's
 * bore). Recipe validation, the recipe screens, the commissioning test cycle and the press start
 * all ask here, so a setpoint the validator let through is judged the same way when it is written.
 * A force equal to a limit is allowed; only one above it breaks it.
 */
public final class PressLimits {

    /** Which limit a force or ramp breaks. */
    public enum Limit {
        PRESS_CAPACITY, DIE_RATING, RECIPE_DIE_RATING, RECIPE_BAND, PRESS_RAMP
    }

    /** One broken limit, with the words a refusal or a validation message uses. */
    public record Breach(Limit limit, String words) {
        public Breach {
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(words, "words");
        }
    }

    private final PressProfile press;
    private final Optional<DieSpec> die;
    private final String dieName;

    private PressLimits(PressProfile press, Optional<DieSpec> die, String dieName) {
        this.press = Objects.requireNonNull(press, "press");
        this.die = die;
        this.dieName = dieName;
    }

    /** The press alone (a commissioning cycle gives its force directly, without a die). */
    public static PressLimits of(PressProfile press) {
        return new PressLimits(press, Optional.empty(), "");
    }

    /** A press with a die type, as a recipe targets it. */
    public static PressLimits of(PressProfile press, DieSpec die) {
        return new PressLimits(press, Optional.of(die), "");
    }

    /** A press with a physical die, named by its id in refusals. */
    public static PressLimits of(PressProfile press, Die die) {
        return new PressLimits(press, Optional.of(die.spec()), die.id());
    }

    public PressProfile press() {
        return press;
    }

    public Force dieRating() {
        return die().rating();
    }

    /** The lower of the press capacity and the die rating: no setpoint may go above it. */
    public Force limitingForce() {
        return die.map(d -> d.rating().exceeds(press.capacity()) ? press.capacity() : d.rating()).orElse(press.capacity());
    }

    /** The limiting force as pellet pressure in the die. */
    public Pressure limitingPressure() {
        return die().pressureFor(limitingForce());
    }

    /** The force that makes {@code pressure} in the die. */
    public Force forceFor(Pressure pressure) {
        return die().forceFor(pressure);
    }

    /** A pressure ramp as the force ramp the press's pump must deliver, kN/s. */
    public double forceRateFor(PressureRate ramp) {
        return die().forceRateFor(ramp);
    }

    public boolean aboveCapacity(Force force) {
        return force.exceeds(press.capacity());
    }

    public boolean aboveDieRating(Force force) {
        return force.exceeds(die().rating());
    }

    /** A force ramp faster than the press's pump allows. */
    public boolean aboveRamp(double kiloNewtonsPerSecond) {
        return kiloNewtonsPerSecond > press.maxRampKiloNewtonsPerSecond();
    }

    /** A force as a percentage of the press capacity. */
    public double percentOfCapacity(Force force) {
        return 100.0 * force.kiloNewtons() / press.capacity().kiloNewtons();
    }

    /** A force as a percentage of the die rating. */
    public double percentOfDieRating(Force force) {
        return 100.0 * force.kiloNewtons() / die().rating().kiloNewtons();
    }

    /**
     * A recipe's press step, judged at target + band (the highest pressure the recipe allows): the
     * press capacity, the die rating and the press's ramp limit it breaks, as recipe validation
     * words them. A ramp of 0 or less is not a limit broken (validation reports it as a bad value).
     */
    public List<Breach> breachedByStep(Pressure target, Pressure band, PressureRate ramp) {
        DieSpec d = die();
        String bore = plain(d.bore().millimetres());
        Force worst = d.forceFor(Pressure.megaPascals(target.megaPascals() + band.megaPascals()));
        String needs = plain(target.megaPascals()) + " MPa (+" + plain(band.megaPascals()) + " band) needs "
                + String.format(Locale.ROOT, "%.1f kN", worst.kiloNewtons());
        List<Breach> out = new ArrayList<>();
        if (aboveCapacity(worst)) {
            out.add(new Breach(Limit.PRESS_CAPACITY, needs + String.format(Locale.ROOT, " in the %s mm die, above the press capacity of %.1f kN (%s)",
                    bore, press.capacity().kiloNewtons(), press.model())));
        }
        if (aboveDieRating(worst)) {
            out.add(new Breach(Limit.DIE_RATING, needs + String.format(Locale.ROOT, ", above the die rating of %.1f kN (%.0f MPa in this %s mm die)",
                    d.rating().kiloNewtons(), d.ratedPressure().megaPascals(), bore)));
        }
        double forceRate = d.forceRateFor(ramp);
        if (ramp.megaPascalsPerSecond() > 0 && aboveRamp(forceRate)) {
            out.add(new Breach(Limit.PRESS_RAMP, String.format(Locale.ROOT, "ramp %s MPa/s is %.2f kN/s in this die, above the press limit of %.2f kN/s (%.1f MPa/s)",
                    plain(ramp.megaPascalsPerSecond()), forceRate, press.maxRampKiloNewtonsPerSecond(),
                    d.megaPascalsFor(press.maxRampKiloNewtonsPerSecond()))));
        }
        return out;
    }

    /**
     * What a press start would write to the PLC: the force setpoint for a step's target in this
     * (physical) die and its force ramp, against the press capacity, this die's rating, the die
     * rating the recipe was validated for, the recipe's target + band in this die, and the press's
     * ramp limit — in the words of the refusal.
     */
    public List<Breach> breachedByStart(Force setpoint, double rampKiloNewtonsPerSecond, DieSpec recipeDie, Pressure recipeUpper) {
        List<Breach> out = new ArrayList<>();
        if (aboveCapacity(setpoint)) {
            out.add(new Breach(Limit.PRESS_CAPACITY, String.format(Locale.ROOT, "above the press capacity of %.1f kN", press.capacity().kiloNewtons())));
        }
        if (aboveDieRating(setpoint)) {
            out.add(new Breach(Limit.DIE_RATING, String.format(Locale.ROOT, "above the rating of die %s (%.1f kN)", dieName, die().rating().kiloNewtons())));
        }
        if (setpoint.exceeds(recipeDie.rating())) {
            out.add(new Breach(Limit.RECIPE_DIE_RATING, String.format(Locale.ROOT, "above the recipe's die rating (%.1f kN)", recipeDie.rating().kiloNewtons())));
        }
        if (setpoint.exceeds(forceFor(recipeUpper))) {
            out.add(new Breach(Limit.RECIPE_BAND, String.format(Locale.ROOT, "above the recipe's target + band (%.1f MPa)", recipeUpper.megaPascals())));
        }
        if (aboveRamp(rampKiloNewtonsPerSecond)) {
            out.add(new Breach(Limit.PRESS_RAMP, String.format(Locale.ROOT, "ramp %.2f kN/s above the press limit of %.2f kN/s",
                    rampKiloNewtonsPerSecond, press.maxRampKiloNewtonsPerSecond())));
        }
        return out;
    }

    private DieSpec die() {
        return die.orElseThrow(() -> new IllegalStateException("these press limits have no die: a force for a pressure needs its bore"));
    }

    /** 360 → "360", 0.5 → "0.5": how validation messages print recipe values. */
    private static String plain(double v) {
        return EvidenceNumbers.trimmed(v, 2);
    }
}
