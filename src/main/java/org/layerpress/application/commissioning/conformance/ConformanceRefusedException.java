package org.layerpress.application.commissioning.conformance;

/** The check did not start: no link, or the interlocks do not let the press move. The message says which. */
public final class ConformanceRefusedException extends Exception {

    public ConformanceRefusedException(String message) {
        super(message);
    }
}
