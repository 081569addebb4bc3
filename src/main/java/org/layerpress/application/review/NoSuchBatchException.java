package org.layerpress.application.review;

/** The batch asked for is not in the records; the message is one sentence for a person. */
public final class NoSuchBatchException extends RuntimeException {

    public NoSuchBatchException(String batchId) {
        super("there is no batch " + batchId + " in the records");
    }
}
