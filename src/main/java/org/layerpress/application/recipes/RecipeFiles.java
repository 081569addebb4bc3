package org.layerpress.application.recipes;

import java.nio.file.Path;
import org.layerpress.domain.recipe.RecipeDefinition;

/**
 * Reading and writing a recipe definition as a file (YAML, or JSON which is YAML too), for moving
 * recipes between stations. The format is documented in docs/recipe-format.md.
 */
public interface RecipeFiles {

    String toYaml(RecipeDefinition definition);

    String toJson(RecipeDefinition definition);

    /**
     * Parses a YAML or JSON recipe file being imported; errors name the file, line and key. Units are
     * explicit keys. The input limits apply (size, text lengths, counts: {@code InputLimits}).
     */
    RecipeDefinition parse(String fileName, String text) throws RecipeFileException;

    /** Reads a recipe file, refused unread when it is over the size limit, then as {@link #parse(String, String)}. */
    RecipeDefinition parse(Path file) throws RecipeFileException;

    /**
     * Parses a recipe's text as the station stored it (a version, a batch's control recipe): the
     * input limits do not apply, so what was stored before a limit existed still reads.
     */
    RecipeDefinition parseStored(String where, String text) throws RecipeFileException;
}
