package org.layerpress.domain.press;

import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Length;
import org.layerpress.domain.units.Pressure;

/**
 * A pressing die: its bore sets the area that turns force into pellet pressure, and its rating is a
 * force it must never see (an overloaded plunger bulges and seizes, domain-notes.md).
 * Area A = π·d²/4 mm²; P[MPa] = F[N] / A[mm²]; F[kN] = P[MPa]·A/1000.
 */
public record Die(String id, Length bore, Force rating) {

    public Die {
        if (bore.millimetres() <= 0) {
            throw new IllegalArgumentException("die bore must be positive, was " + bore);
        }
        if (rating.kiloNewtons() <= 0) {
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
        return Pressure.megaPascals(force.kiloNewtons() * 1000.0 / areaSquareMillimetres());
    }
}
