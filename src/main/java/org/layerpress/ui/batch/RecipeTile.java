package org.layerpress.ui.batch;

import java.util.Locale;
import org.layerpress.application.recipes.RecipeVersion;

/** An APPROVED recipe version as a tap tile: name, version, die bore, number of steps. */
public record RecipeTile(long versionId, String name, int version, double boreMm, int steps) {

    public static RecipeTile of(RecipeVersion v) {
        return new RecipeTile(v.id(), v.definition().name(), v.version(), v.definition().die().bore().millimetres(), v.definition().steps().size());
    }

    public String details() {
        return String.format(Locale.ROOT, "v%d \u00b7 %s mm die \u00b7 %d steps", version, StepWords.num(boreMm), steps);
    }
}
