package org.layerpress.application.mapping;

/** A mapping file that cannot be used, with the file, line and key to fix. */
public class MappingException extends RuntimeException {

    private final String file;
    private final int line;
    private final String key;

    public MappingException(String file, int line, String key, String problem) {
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
