package org.layerpress.domain.density;

import java.util.Objects;

/** One LOAD_LAYER's powder as the record holds it: the material and the mass actually weighed. */
public record LoadedMass(String material, double milligrams) {

    public LoadedMass {
        Objects.requireNonNull(material, "material");
        if (!(milligrams > 0) || !Double.isFinite(milligrams)) {
            throw new IllegalArgumentException("a loaded mass must be a positive number of mg, was " + milligrams);
        }
    }
}
