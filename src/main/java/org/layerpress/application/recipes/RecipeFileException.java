package org.layerpress.application.recipes;

import org.layerpress.application.files.FileProblemException;

/** A recipe file that cannot be imported, naming the file, line and key; nothing was changed. */
public class RecipeFileException extends FileProblemException {

    public RecipeFileException(String file, int line, String key, String problem) {
        super(file, line, key, problem);
    }
}
