package org.layerpress.application.files;

/**
 * A data file (press mapping, recipe) that cannot be used, pointing at the file, the line and the
 * dotted key to fix, with what was expected. Shared so every loader reports the same way and the
 * command line prints them alike.
 */
public class FileProblemException extends RuntimeException {

    private final String file;
    private final int line;
    private final String key;

    public FileProblemException(String file, int line, String key, String problem) {
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
