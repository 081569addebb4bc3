package org.layerpress.application.batch;

/** A batch action that may not happen now (wrong step, blocker, limit): the message says why, in words. */
public class BatchRefusedException extends RuntimeException {

    public BatchRefusedException(String message) {
        super(message);
    }

    /**
     * A die scan that is not the die chosen at start, in the words the Run screen shows before the
     * scan is sent and the sequencer gives when it refuses it.
     */
    public static BatchRefusedException dieMismatch(String scanned, String chosen) {
        return new BatchRefusedException(dieMismatchWords(scanned, chosen));
    }

    public static String dieMismatchWords(String scanned, String chosen) {
        return "Die " + scanned + " is not the die chosen at start (" + chosen + "): mount " + chosen
                + " and scan its label, or abort the batch to use " + scanned + ".";
    }
}
