package org.layerpress.application.review;

import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Permission;

/** Opens a whole batch record for QA: events replayed, every press/release trace, flags computed now, amendments, review. */
public final class BatchRecordUseCase {

    private final BatchRecordReader reader;
    private final Authorizer authorizer;

    public BatchRecordUseCase(BatchRecordReader reader, Authorizer authorizer) {
        this.reader = reader;
        this.authorizer = authorizer;
    }

    /** @throws NoSuchBatchException for an unknown id */
    public BatchRecord open(Session session, String batchId) {
        authorizer.require(session, Permission.REVIEW_BATCH, "opening a batch record");
        return reader.existing(batchId);
    }
}
