package org.layerpress.application.batch;

/**
 * Told when a batch ends (COMPLETED or ABORTED), inside the transaction that records the end, so
 * what it stores (the quality flags, docs/press-domain.md#what-a-trace-can-reveal) commits with the record's last event. Store calls it
 * makes join that transaction.
 */
@FunctionalInterface
public interface BatchEndHook {

    /** @param finished the record as it stands with its COMPLETED or ABORTED event */
    void ended(BatchRun finished);
}
