package org.layerpress.application.batch;

/** A batch action that may not happen now (wrong step, blocker, limit): the message says why, in words. */
public class BatchRefusedException extends RuntimeException {

    public BatchRefusedException(String message) {
        super(message);
    }
}
