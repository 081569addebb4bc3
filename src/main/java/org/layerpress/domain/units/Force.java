package org.layerpress.domain.units;

import java.util.Locale;

/** A force, held in kilonewtons. Conversions per docs/press-domain.md#unit-conversions (1 tf = 9.80665 kN, 1 US tonf = 8.896443 kN). */
public record Force(double kiloNewtons) implements Comparable<Force> {

    public static final Force ZERO = new Force(0);

    public Force {
        if (!Double.isFinite(kiloNewtons)) {
            throw new IllegalArgumentException("force must be a finite number, was " + kiloNewtons);
        }
    }

    public static Force kiloNewtons(double kN) {
        return new Force(kN);
    }

    public static Force of(double value, ForceUnit unit) {
        return new Force(value * unit.kiloNewtonsPerUnit());
    }

    /** Parses "294.2 kN", "30 tf" or "10 ustf": the unit is mandatory. */
    public static Force parse(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected a number and a unit such as '294.2 kN' or '30 tf', got '" + text + "'");
        }
        return of(Double.parseDouble(parts[0]), ForceUnit.ofSymbol(parts[1]));
    }

    public double in(ForceUnit unit) {
        return kiloNewtons / unit.kiloNewtonsPerUnit();
    }

    public boolean exceeds(Force other) {
        return kiloNewtons > other.kiloNewtons;
    }

    @Override
    public int compareTo(Force o) {
        return Double.compare(kiloNewtons, o.kiloNewtons);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f kN", kiloNewtons);
    }
}
