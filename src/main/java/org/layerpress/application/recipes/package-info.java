/**
 * Recipe authoring and lifecycle: drafts, edits and imports (audited with before and after),
 * DRAFT → IN_REVIEW → APPROVED (locked) → RETIRED with e-signatures and a second Supervisor, queries, the
 * recipe port, the recipe file format ({@link org.layerpress.application.recipes.YamlRecipeFiles}), the
 * demo recipe seed, and recipe versions published through the central database (what a station publishes,
 * {@link org.layerpress.application.recipes.RecipePublication}; the checked import of what others published,
 * {@link org.layerpress.application.recipes.CentralRecipeImport}; publishing from the Recipes screen, signed,
 * {@link org.layerpress.application.recipes.RecipePublishUseCase} through the port
 * {@link org.layerpress.application.recipes.RecipeCentral}). May import the domain, Jackson (JSON writing),
 * SnakeYAML, SLF4J, {@code StationServices} and the application packages central, files, signature, tx, users.
 */
package org.layerpress.application.recipes;
