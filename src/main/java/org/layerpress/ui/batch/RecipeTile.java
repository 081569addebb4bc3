package org.layerpress.ui.batch;

import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.domain.recipe.VesselRules;
import org.layerpress.ui.fx.Words;

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
        String where = vessel ? Words.get("run.tile.vessel") : Words.format("run.tile.die", StepWords.num(boreMm));
        return Words.format("run.tile.details", String.valueOf(version), where, String.valueOf(steps));
    }
}
