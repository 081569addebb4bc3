package org.layerpress.ui.recipe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.layerpress.application.recipes.RecipeVersion;

/**
 * Where and how the detail screen's Export writes a version's YAML: one file a version in the export
 * folder, named after its label. The text itself comes from the authoring use case.
 */
final class RecipeYamlFile {

    private RecipeYamlFile() {
    }

    /** Writes {@code text} as {@code <dir>/<name> v<N>.yaml} (the folder made if missing); the file written. */
    static Path write(Path dir, RecipeVersion v, String text) {
        Path file = dir.resolve(fileName(v));
        try {
            Files.createDirectories(dir);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** "LPSCl + LGPS bilayer, 10 mm v1.yaml": the label, with characters a file system refuses replaced. */
    static String fileName(RecipeVersion v) {
        return v.label().replaceAll("[\\\\/:*?\"<>|]", "-") + ".yaml";
    }
}
