package org.layerpress.application.recipes;

/** A recipe file that cannot be imported, naming the file, line and key; nothing was changed. */
public class RecipeFileException extends RuntimeException {

    private final String file;
    private final int line;
    private final String key;

    public RecipeFileException(String file, int line, String key, String problem) {
        super(file + ":" + line + ": " + key + ": " + problem);
        this.file = file;
        this.line = line;
        this.key = key;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String key() {
        return key;
    }
}
