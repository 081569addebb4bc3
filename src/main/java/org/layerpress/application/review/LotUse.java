package org.layerpress.application.review;

import java.util.Objects;

/**
 * A layer of a batch loaded from a powder lot: where in the batch a lot (or a material) was used, for
 * the QA list's "which batches used lot X?" and {@code export --lot}.
 *
 * @param step the layer step's number in the batch (1-based)
 * @param layer the layer's name in the recipe
 * @param material the material the recipe names for that layer
 */
public record LotUse(int step, String layer, String material, String lot) {

    public LotUse {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(lot, "lot");
    }

    /** "step 4, layer electrolyte (Li6PS5Cl), lot LPSCl-2611-07". */
    public String words() {
        return layerWords() + ", lot " + lot;
    }

    /** "step 4, layer electrolyte (Li6PS5Cl)". */
    public String layerWords() {
        String what = layer.isBlank() ? material : material.isBlank() ? layer : layer + " (" + material + ")";
        return "step " + step + (what.isBlank() ? "" : ", layer " + what);
    }
}
