package org.layerpress.plc;

/**
 * A connection attempt that did not work, with a message meant for the operator or the
 * commissioning engineer, and whether retrying soon is useful (a PLC that is down comes back by
 * itself; a wrong password or an untrusted certificate needs a person first).
 */
final class LinkFailure extends Exception {

    enum Retry {
        /** The PLC is probably just not there yet: try again quickly. */
        SOON,
        /** A person has to change something (trust, password, mapping): try again, but calmly. */
        AFTER_FIX
    }

    private final Retry retry;

    LinkFailure(String message, Retry retry) {
        super(message);
        this.retry = retry;
    }

    LinkFailure(String message, Retry retry, Throwable cause) {
        super(message, cause);
        this.retry = retry;
    }

    Retry retry() {
        return retry;
    }
}
