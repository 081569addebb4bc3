package org.layerpress.domain.press;

import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Length;
import org.layerpress.domain.units.Pressure;

/** One physical die on the bench (an id a scanner reads) of a {@link DieSpec} type. */
public record Die(String id, Length bore, Force rating) {

    /** Bores closer than this are the same bore (the recipe and the registry both keep 0.01 mm). */
    public static final double SAME_BORE_MM = 0.005;

    public Die {
        spec(bore, rating);
    }

    private static DieSpec spec(Length bore, Force rating) {
        return new DieSpec(bore, rating);
    }

    /** Whether this die's bore is {@code millimetres} (within {@link #SAME_BORE_MM}), as a recipe names it. */
    public boolean hasBore(double millimetres) {
        return Math.abs(bore.millimetres() - millimetres) <= SAME_BORE_MM;
    }

    public DieSpec spec() {
        return new DieSpec(bore, rating);
    }

    public double areaSquareMillimetres() {
        return spec().areaSquareMillimetres();
    }

    public Force forceFor(Pressure pressure) {
        return spec().forceFor(pressure);
    }

    public Pressure pressureFor(Force force) {
        return spec().pressureFor(force);
    }
}
