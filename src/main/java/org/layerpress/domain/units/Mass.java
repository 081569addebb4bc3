package org.layerpress.domain.units;

import java.util.Locale;

/** A powder mass, held in milligrams (the published protocols weigh 6.5–180 mg, docs/press-domain.md#published-multi-step-protocols). */
public record Mass(double milligrams) implements Comparable<Mass> {

    public Mass {
        if (!Double.isFinite(milligrams)) {
            throw new IllegalArgumentException("mass must be a finite number, was " + milligrams);
        }
    }

    public static Mass milligrams(double mg) {
        return new Mass(mg);
    }

    @Override
    public int compareTo(Mass o) {
        return Double.compare(milligrams, o.milligrams);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f mg", milligrams);
    }
}
