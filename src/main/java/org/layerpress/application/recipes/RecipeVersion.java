package org.layerpress.application.recipes;

import java.time.Instant;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStatus;

/**
 * One version of a recipe as stored: its definition and lifecycle status.
 *
 * @param recipeId the recipe all versions share
 * @param author login of whoever created this version
 * @param lastEditor login of whoever last changed the draft (the author until someone edits)
 */
public record RecipeVersion(long id, long recipeId, int version, RecipeStatus status, RecipeDefinition definition,
                            String contentHash, String author, String lastEditor, Instant createdAt) {

    /** "name v3": how people and the audit trail refer to a version. */
    public String label() {
        return definition.name() + " v" + version;
    }
}
