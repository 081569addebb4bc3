package org.layerpress.domain.press;

import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Length;
import org.layerpress.domain.units.Pressure;

/** One physical die on the bench (an id a scanner reads) of a {@link DieSpec} type. */
public record Die(String id, Length bore, Force rating) {

    public Die {
        spec(bore, rating);
    }

    private static DieSpec spec(Length bore, Force rating) {
        return new DieSpec(bore, rating);
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
