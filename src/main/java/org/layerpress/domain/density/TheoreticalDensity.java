package org.layerpress.domain.density;

import java.util.Objects;

/**
 * The crystallographic (theoretical) density of one material, with the published source it was
 * taken from: a reviewer must be able to look the number up.
 */
public record TheoreticalDensity(String material, double gramsPerCubicCentimetre, String source) {

    public TheoreticalDensity {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(source, "source");
        if (material.isBlank()) {
            throw new IllegalArgumentException("a theoretical density needs the material it belongs to");
        }
        if (!(gramsPerCubicCentimetre > 0) || !Double.isFinite(gramsPerCubicCentimetre)) {
            throw new IllegalArgumentException("theoretical density of " + material + " must be a positive number of g/cm³, was " + gramsPerCubicCentimetre);
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("theoretical density of " + material + " has no source: a value without a citation is not used");
        }
    }
}
