package org.layerpress.application.users;

/** A use case refused for want of a role or a login; the message says which. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
