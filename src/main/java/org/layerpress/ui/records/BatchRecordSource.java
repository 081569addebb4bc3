package org.layerpress.ui.records;

import org.layerpress.application.review.BatchRecord;

/** Opens one batch record for reading (bound to the session; the use case checks REVIEW_BATCH). */
@FunctionalInterface
public interface BatchRecordSource {

    BatchRecord open(String batchId);
}
