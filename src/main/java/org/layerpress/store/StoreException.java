package org.layerpress.store;

/** The database could not be opened or written; the message says what to do and that nothing changed. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
