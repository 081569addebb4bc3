package org.layerpress.domain.units;

import java.util.Locale;

/** A length, held in millimetres (die bores, ram positions). */
public record Length(double millimetres) {

    public Length {
        if (!Double.isFinite(millimetres)) {
            throw new IllegalArgumentException("length must be a finite number, was " + millimetres);
        }
    }

    public static Length millimetres(double mm) {
        return new Length(mm);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.3f mm", millimetres);
    }
}
