/**
 * Recipe authoring and lifecycle: drafts, edits and imports (audited with before and after),
 * DRAFT → IN_REVIEW → APPROVED (locked) → RETIRED with e-signatures and a second Supervisor, queries, the
 * recipe port, the recipe file format ({@link org.layerpress.application.recipes.YamlRecipeFiles}) and the
 * demo recipe seed. May import the domain, Jackson (JSON writing), SnakeYAML and the application packages
 * files, signature, tx, users.
 */
package org.layerpress.application.recipes;
