package org.layerpress.domain.units;

import java.util.Locale;

/** A pressure on the pellet, held in megapascals (N/mm²). Recipes store pressure; the press is driven by force. */
public record Pressure(double megaPascals) implements Comparable<Pressure> {

    public Pressure {
        if (!Double.isFinite(megaPascals)) {
            throw new IllegalArgumentException("pressure must be a finite number, was " + megaPascals);
        }
    }

    public static Pressure megaPascals(double mpa) {
        return new Pressure(mpa);
    }

    @Override
    public int compareTo(Pressure o) {
        return Double.compare(megaPascals, o.megaPascals);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f MPa", megaPascals);
    }
}
