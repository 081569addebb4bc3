package org.layerpress.application.review;

import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Permission;

/**
 * Opens a whole batch record to read: events replayed, every press/release trace, flags computed now,
 * amendments, review. QA, who signs it off, and Supervisors, who read it without signing
 * ({@link Permission#READ_BATCH_RECORDS}).
 */
public final class BatchRecordUseCase {

    private final BatchRecordReader reader;
    private final Authorizer authorizer;

    public BatchRecordUseCase(BatchRecordReader reader, Authorizer authorizer) {
        this.reader = reader;
        this.authorizer = authorizer;
    }

    /** @throws NoSuchBatchException for an unknown id */
    public BatchRecord open(Session session, String batchId) {
        authorizer.require(session, Permission.READ_BATCH_RECORDS, "opening a batch record");
        return reader.existing(batchId);
    }

    /**
     * Opens a finished batch record that is not yet signed off, for an Operator to pick a value to
     * correct ({@link AmendmentUseCase} checks again when signing). Needs {@link Permission#RUN_BATCH}.
     *
     * @throws ReviewRefusedException the batch is still open or already signed off, in words
     */
    public BatchRecord openToCorrect(Session session, String batchId) {
        authorizer.require(session, Permission.RUN_BATCH, "opening a batch record to correct it");
        BatchRecord record = reader.existing(batchId);
        if (!record.run().state().finished()) {
            throw new ReviewRefusedException(batchId + " has not ended: a running batch records corrections as it goes");
        }
        if (record.locked()) {
            throw new ReviewRefusedException(batchId + " is signed off and locked: it cannot be corrected");
        }
        return record;
    }
}
