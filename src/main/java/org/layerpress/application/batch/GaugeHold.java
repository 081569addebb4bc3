package org.layerpress.application.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.layerpress.application.mapping.GaugeSpec;
import org.layerpress.domain.batch.FindingKind;
import org.layerpress.domain.batch.GaugeReading;
import org.layerpress.domain.batch.StepResult.Noted;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Pressure;

/**
 * A PRESS step on a manual pump press with a gauge only: no transducer, so the HMI sees nothing of the
 * pressure. The recipe's band is turned into the dial's unit (MPa on the die → kN → the dial by the
 * ram's area); the operator pumps, reads the dial and types it in; the hold is timed by the station's
 * monotonic clock from that confirmation; at its end the operator reads the dial again. Each reading
 * is judged against the band and the die's rating here, in words naming both units. Written and read
 * under the open batch's lock; the screen reads the volatile fields.
 */
final class GaugeHold {

    final int step;
    final GaugeSpec gauge;
    final Duration hold;
    private final DieSpec die;
    private final double target;
    private final double lower;
    private final double upper;
    private final double rated;
    private final double capacity;
    /** The start reading's confirmation (monotonic ns), or -1 before it. */
    private volatile long startNanos = -1;
    private volatile GaugeReading start;

    /** @param capacityKn the press's capacity: its relief valve, above which no dial can read (a typing slip) */
    GaugeHold(int step, RecipeStep.Press press, DieSpec die, GaugeSpec gauge, double capacityKn) {
        this.step = step;
        this.gauge = gauge;
        this.die = die;
        this.hold = press.hold();
        this.target = onDial(press.target());
        this.lower = onDial(Pressure.megaPascals(press.target().megaPascals() - press.band().megaPascals()));
        this.upper = onDial(press.upperLimit());
        this.rated = gauge.reading(die.rating().kiloNewtons());
        this.capacity = gauge.reading(capacityKn);
    }

    private double onDial(Pressure onTheDie) {
        return gauge.reading(die.forceFor(onTheDie).kiloNewtons());
    }

    /** The pressure on the die a dial reading means. */
    double megaPascals(double reading) {
        return die.pressureFor(Force.kiloNewtons(gauge.kiloNewtons(reading))).megaPascals();
    }

    boolean started() {
        return startNanos >= 0;
    }

    GaugeReading start() {
        return start;
    }

    /** A reading above what the press can make is a slip of the finger, not a reading: refused, nothing recorded. */
    void requirePlausible(double reading) {
        if (!Double.isFinite(reading) || reading < 0) {
            throw new BatchRefusedException("type the gauge's reading as a number of 0 or more");
        }
        if (reading > capacity) {
            throw new BatchRefusedException(String.format(Locale.ROOT, "%s is above what this press can make (%s at its capacity, the relief valve): "
                    + "read the gauge again", gauge.words(reading), gauge.words(capacity)));
        }
    }

    void started(GaugeReading reading, long nanos) {
        this.start = reading;
        this.startNanos = nanos;
    }

    double heldSeconds(long nowNanos) {
        return started() ? (nowNanos - startNanos) / 1e9 : 0;
    }

    boolean holdDone(long nowNanos) {
        return started() && nowNanos - startNanos >= hold.toNanos();
    }

    /** What the two readings say against the band and the die's rating; empty when both are in the band. */
    /** The higher of the two readings as force on the die: what the die registry counts for this press. */
    Force highestForce(GaugeReading end) {
        return Force.kiloNewtons(gauge.kiloNewtons(Math.max(start.value(), end.value())));
    }

    List<Noted> findings(GaugeReading end) {
        List<Noted> out = new ArrayList<>();
        if (start.value() < lower) {
            out.add(new Noted(FindingKind.GAUGE_START_BELOW_BAND, String.format(Locale.ROOT,
                    "the gauge read %s at the hold's start, below the band's bottom of %s", said(start.value()), said(lower))));
        }
        if (end.value() < lower) {
            out.add(new Noted(FindingKind.BELOW_BAND, String.format(Locale.ROOT,
                    "the gauge read %s at the hold's end, below the band's bottom of %s: the hold fell below the band", said(end.value()), said(lower))));
        }
        double highest = Math.max(start.value(), end.value());
        if (highest > upper) {
            out.add(new Noted(FindingKind.OVER_PRESSURE, String.format(Locale.ROOT, "the gauge read %s, above the band's top of %s",
                    said(highest), said(upper))));
        }
        if (highest > rated) {
            out.add(new Noted(FindingKind.DIE_RATING_EXCEEDED, String.format(Locale.ROOT, "the gauge read %s, above the die's rating of %s (%.1f kN)",
                    said(highest), said(rated), die.rating().kiloNewtons())));
        }
        return out;
    }

    /** "120 bar (101.6 MPa on the die)". */
    private String said(double reading) {
        return String.format(Locale.ROOT, "%s (%.1f MPa on the die)", gauge.words(reading), megaPascals(reading));
    }

    GaugeProgress progress(long nowNanos) {
        GaugeProgress.Stage stage = !started() ? GaugeProgress.Stage.READ_AT_HOLD_START
                : holdDone(nowNanos) ? GaugeProgress.Stage.READ_AT_HOLD_END : GaugeProgress.Stage.HOLDING;
        return new GaugeProgress(step, gauge.unit(), gauge.decimals(), target, lower, upper, rated, hold.toMillis() / 1000.0, stage,
                started() ? OptionalDouble.of(heldSeconds(nowNanos)) : OptionalDouble.empty());
    }
}
