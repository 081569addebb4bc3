package org.layerpress.application.review;

import java.util.List;

/**
 * Port: whether a batch record's rows are still what the audit chain sealed when the batch ended (or
 * was last reviewed or amended). Called inside the transaction that reads the record.
 */
@FunctionalInterface
public interface RecordSeal {

    /** No check: for readers that are not showing a record to a person (tests of other things, benches). */
    RecordSeal NONE = batchId -> List.of();

    /**
     * What differs, one phrase each ("batch_event seq 3 changed after it was sealed"); empty when the
     * rows match their newest seal, or the batch has none yet because it is still running.
     */
    List<String> differences(String batchId);
}
