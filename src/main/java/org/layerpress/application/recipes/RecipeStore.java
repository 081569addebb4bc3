package org.layerpress.application.recipes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStatus;

/**
 * Recipes and their versions. Called inside {@code Transactions.inTransaction}. The database refuses
 * any change to a locked (approved) version's definition; status changes are appended, never
 * overwritten, so the lifecycle of every version stays readable.
 */
public interface RecipeStore {

    /** Creates a recipe (the family its versions share); names are unique. */
    long newRecipe(String name);

    Optional<Long> recipeIdByName(String name);

    /** Inserts a DRAFT version and returns its id. */
    long insertVersion(long recipeId, int version, RecipeDefinition definition, String author, Instant at);

    /** Replaces a DRAFT's definition (refused by the database once the version is locked). */
    void replaceDraft(long versionId, RecipeDefinition definition, String editor);

    /** Appends a status change; APPROVED also locks the version for good. */
    void addStatus(long versionId, RecipeStatus status, String by, Instant at, String reason);

    /** Who moved the version into a status, most recent first (for the two-person rule). */
    List<String> statusActors(long versionId, RecipeStatus status);

    Optional<RecipeVersion> version(long versionId);

    /** All versions of one recipe, oldest first. */
    List<RecipeVersion> versions(long recipeId);

    /** The newest version of every recipe, by name. */
    List<RecipeVersion> latestOfEach();

    /** Every APPROVED version (what operators may run), by name. */
    List<RecipeVersion> approved();
}
