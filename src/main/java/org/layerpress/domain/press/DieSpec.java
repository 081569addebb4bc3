package org.layerpress.domain.press;

import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Length;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;

/**
 * A die type as a recipe targets it: bore (which turns force into pellet pressure) and rated force
 * (never to be exceeded: an overloaded plunger bulges and seizes, docs/press-domain.md#unit-conversions).
 * A = π·d²/4 mm²; P[MPa] = F[N] / A[mm²]; F[kN] = P[MPa]·A/1000.
 */
public record DieSpec(Length bore, Force rating) {

    public DieSpec {
        if (!(bore.millimetres() > 0)) {
            throw new IllegalArgumentException("die bore must be positive, was " + bore);
        }
        if (!(rating.kiloNewtons() > 0)) {
            throw new IllegalArgumentException("die rating must be positive, was " + rating);
        }
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
