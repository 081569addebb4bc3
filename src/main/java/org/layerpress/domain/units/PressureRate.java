package org.layerpress.domain.units;

import java.util.Locale;

/**
 * How fast pressure rises, in MPa/s. No published protocol gives a ramp rate (docs/press-domain.md):
 * it is a recipe parameter, checked against the press's pump limit through the die area.
 */
public record PressureRate(double megaPascalsPerSecond) {

    public PressureRate {
        if (!Double.isFinite(megaPascalsPerSecond)) {
            throw new IllegalArgumentException("ramp must be a finite number, was " + megaPascalsPerSecond);
        }
    }

    public static PressureRate megaPascalsPerSecond(double v) {
        return new PressureRate(v);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f MPa/s", megaPascalsPerSecond);
    }
}
