package org.layerpress.domain.press;

import java.util.Objects;
import java.util.Optional;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Length;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;

/**
 * A die type as a recipe targets it: bore (which turns force into pellet pressure) and rated force
 * (never to be exceeded: an overloaded plunger bulges and seizes, docs/press-domain.md#unit-conversions).
 * A = π·d²/4 mm²; P[MPa] = F[N] / A[mm²]; F[kN] = P[MPa]·A/1000.
 *
 * @param zeroPosition the ram position with the bare punches touching (no powder) on the press the
 *                     recipe is written for: what pellet thickness is counted from
 *                     (docs/press-domain.md#pellet-thickness-and-density); empty when not known, and
 *                     then no thickness or density is computed
 */
public record DieSpec(Length bore, Force rating, Optional<Length> zeroPosition) {

    public DieSpec {
        Objects.requireNonNull(zeroPosition, "zeroPosition");
        if (!(bore.millimetres() > 0)) {
            throw new IllegalArgumentException("die bore must be positive, was " + bore);
        }
        if (!(rating.kiloNewtons() > 0)) {
            throw new IllegalArgumentException("die rating must be positive, was " + rating);
        }
    }

    /** A die without a known zero position. */
    public DieSpec(Length bore, Force rating) {
        this(bore, rating, Optional.empty());
    }

    public DieSpec withZeroPosition(Optional<Length> zero) {
        return new DieSpec(bore, rating, zero);
    }

    public double areaSquareMillimetres() {
        double d = bore.millimetres();
        return Math.PI * d * d / 4.0;
    }

    public Force forceFor(Pressure pressure) {
        return Force.kiloNewtons(pressure.megaPascals() * areaSquareMillimetres() / 1000.0);
    }

    public Pressure pressureFor(Force force) {
        return Pressure.megaPascals(megaPascalsFor(force.kiloNewtons()));
    }

    /**
     * The same for a raw force reading, as a number: a trace holds tens of thousands of samples, and a
     * reading the PLC sent is converted as it came (even one a {@link Force} would refuse).
     */
    public double megaPascalsFor(double kiloNewtons) {
        return kiloNewtons * 1000.0 / areaSquareMillimetres();
    }

    /** A pressure ramp as the force ramp the press's pump must deliver, in kN/s. */
    public double forceRateFor(PressureRate rate) {
        return rate.megaPascalsPerSecond() * areaSquareMillimetres() / 1000.0;
    }

    /** The highest pellet pressure this die may see. */
    public Pressure ratedPressure() {
        return pressureFor(rating);
    }
}
