package org.layerpress.application.review;

/** A review action the record's state does not allow (not finished, already signed off, unknown field…), in words. */
public final class ReviewRefusedException extends RuntimeException {

    public ReviewRefusedException(String message) {
        super(message);
    }
}
