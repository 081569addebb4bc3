package org.layerpress.ui.recipe;

/** Moving between the recipe pages inside the one content area (RecipesView does it). */
interface RecipeNavigation {

    void showList();

    void openDetail(long versionId);

    void openEditor(long versionId);

    void openDiff(long recipeId, long versionId);
}
