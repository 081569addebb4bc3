package org.layerpress.ui.recipe;

import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.ui.fx.Words;

/**
 * One line of the recipe list: the newest version of a recipe.
 *
 * @param statusWord the chip's text (never colour alone)
 * @param summary die, number of press steps, author
 */
public record RecipeRow(long versionId, long recipeId, String name, int version, RecipeStatus status, String statusWord,
                        String summary) {

    public static RecipeRow of(RecipeVersion v) {
        long presses = v.definition().steps().stream().filter(s -> s instanceof RecipeStep.Press).count();
        String summary = Words.format("recipe.list.summary", RecipeWords.plain(v.definition().die().bore().millimetres()),
                v.definition().steps().size(), presses, v.author());
        return new RecipeRow(v.id(), v.recipeId(), v.definition().name(), v.version(), v.status(), RecipeWords.status(v.status()), summary);
    }

    /** "v3" */
    public String versionText() {
        return "v" + version;
    }

    /** Approved versions are locked: the chip shows a lock beside the word. */
    public boolean locked() {
        return status == RecipeStatus.APPROVED;
    }
}
