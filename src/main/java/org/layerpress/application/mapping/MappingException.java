package org.layerpress.application.mapping;

import org.layerpress.application.files.FileProblemException;

/** A mapping file that cannot be used, with the file, line and key to fix. */
public class MappingException extends FileProblemException {

    public MappingException(String file, int line, String key, String problem) {
        super(file, line, key, problem);
    }
}
