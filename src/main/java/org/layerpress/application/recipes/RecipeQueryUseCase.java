package org.layerpress.application.recipes;

import java.util.List;
import java.util.Optional;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.application.users.Session;

/** Reading recipes: any logged-in user may look; operators see what they may run. */
public final class RecipeQueryUseCase {

    private final RecipeStore recipes;
    private final Transactions tx;

    public RecipeQueryUseCase(RecipeStore recipes, Transactions tx) {
        this.recipes = recipes;
        this.tx = tx;
    }

    public List<RecipeVersion> latestOfEach(Session session) {
        requireLogin(session);
        return tx.inTransaction(recipes::latestOfEach);
    }

    public List<RecipeVersion> versions(Session session, long recipeId) {
        requireLogin(session);
        return tx.inTransaction(() -> recipes.versions(recipeId));
    }

    public Optional<RecipeVersion> version(Session session, long versionId) {
        requireLogin(session);
        return tx.inTransaction(() -> recipes.version(versionId));
    }

    /** Only APPROVED versions can be run. */
    public List<RecipeVersion> runnable(Session session) {
        requireLogin(session);
        return tx.inTransaction(recipes::approved);
    }

    public List<RecipeDiff.Change> diff(RecipeVersion before, RecipeVersion after) {
        return RecipeDiff.between(before.definition(), after.definition());
    }

    private static void requireLogin(Session session) {
        if (session == null) {
            throw new AccessDeniedException("log in first to see recipes");
        }
    }
}
