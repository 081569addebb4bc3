package org.layerpress.application.recipes;

import org.layerpress.domain.recipe.RecipeDefinition;

/**
 * Reading and writing a recipe definition as a file (YAML, or JSON which is YAML too), for moving
 * recipes between stations. The format is documented in docs/recipe-format.md.
 */
public interface RecipeFiles {

    String toYaml(RecipeDefinition definition);

    String toJson(RecipeDefinition definition);

    /** Parses a YAML or JSON recipe; errors name the file, line and key. Units are explicit keys. */
    RecipeDefinition parse(String fileName, String text) throws RecipeFileException;
}
