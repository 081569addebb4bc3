package org.layerpress.application.review;

import java.util.List;
import java.util.Optional;

/** QA decisions and amendments of batch records, append-only. Called inside {@code Transactions.inTransaction}. */
public interface ReviewStore {

    /** Refused (StoreException) if the batch already has a review: sign-off happens once. */
    void appendReview(BatchReview review);

    Optional<BatchReview> review(String batchId);

    Amendment appendAmendment(Amendment amendment);

    List<Amendment> amendments(String batchId);
}
