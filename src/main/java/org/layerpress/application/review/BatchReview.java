package org.layerpress.application.review;

import java.util.Objects;
import org.layerpress.domain.signature.Signature;

/** QA's signed decision on a batch record; after it the record is locked (no more amendments). */
public record BatchReview(String batchId, QaDecision decision, Signature signature) {

    public BatchReview {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(signature, "signature");
    }
}
