package org.layerpress.ui.batch;

import java.util.Locale;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.domain.recipe.VesselRules;

/**
 * An APPROVED recipe version as a tap tile: name, version, die bore, number of steps, and whether it
 * runs in the isostatic vessel (then it takes no die, and its tile names none).
 */
public record RecipeTile(long versionId, String name, int version, double boreMm, int steps, boolean vessel) {

    public static RecipeTile of(RecipeVersion v) {
        return new RecipeTile(v.id(), v.definition().name(), v.version(), v.definition().die().bore().millimetres(), v.definition().steps().size(),
                VesselRules.isVesselRecipe(v.definition()));
    }

    public String details() {
        String where = vessel ? "isostatic vessel, no die" : StepWords.num(boreMm) + " mm die";
        return String.format(Locale.ROOT, "v%d \u00b7 %s \u00b7 %d steps", version, where, steps);
    }
}
