package org.layerpress.ui.recipe;

import java.util.ArrayList;
import java.util.List;
import org.layerpress.application.recipes.RecipeDiff;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;

/**
 * A step as a tile to tap on the editor: number, kind, title; whether it has values to set and
 * unsaved changes.
 */
public record StepTile(int number, String kind, String title, boolean editable, boolean changed) {

    /** The tiles of every step of the working copy; a step is changed where {@code diff} names one of its fields. */
    static List<StepTile> of(RecipeDefinition d, List<RecipeDiff.Change> diff) {
        List<StepTile> t = new ArrayList<>();
        for (int i = 0; i < d.steps().size(); i++) {
            RecipeStep s = d.steps().get(i);
            int n = i + 1;
            boolean changed = diff.stream().anyMatch(c -> c.key().startsWith("step." + n + "."));
            t.add(new StepTile(n, RecipeWords.kind(s), s.title(), StepField.settable(s), changed));
        }
        return t;
    }
}
