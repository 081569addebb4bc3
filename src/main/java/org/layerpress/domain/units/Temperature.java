package org.layerpress.domain.units;

import java.util.Locale;

/** A platen temperature in degrees Celsius. */
public record Temperature(double celsius) {

    public Temperature {
        if (!Double.isFinite(celsius)) {
            throw new IllegalArgumentException("temperature must be a finite number, was " + celsius);
        }
    }

    public static Temperature celsius(double c) {
        return new Temperature(c);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.0f °C", celsius);
    }
}
