package org.layerpress.application.training;

/** A training injection refused, with the reason in words (a real press, a fault this press cannot have). */
public final class TrainingRefusedException extends RuntimeException {

    public TrainingRefusedException(String message) {
        super(message);
    }
}
