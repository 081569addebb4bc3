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
}
