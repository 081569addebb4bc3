package org.layerpress.application.review;

import org.layerpress.application.batch.BatchEndHook;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.BatchStore;

/**
 * When a batch ends, computes its quality flags from the record and its traces and stores them for
 * the QA list, in the transaction of the batch's last event ({@link org.layerpress.application.batch.BatchSequencer#setBatchEndHook}).
 */
public final class FlagsAtBatchEnd implements BatchEndHook {

    private final BatchStore batches;
    private final BatchListStore lists;

    public FlagsAtBatchEnd(BatchStore batches, BatchListStore lists) {
        this.batches = batches;
        this.lists = lists;
    }

    @Override
    public void ended(BatchRun finished) {
        String id = finished.batchId();
        lists.recordFlags(id, QualityFlagger.flags(finished, step -> batches.trace(id, step)));
    }
}
