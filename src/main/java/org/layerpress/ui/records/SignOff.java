package org.layerpress.ui.records;

import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.review.BatchReview;
import org.layerpress.application.review.QaDecision;

/**
 * QA's signed decision on a batch, bound to the session. The use case checks everything again
 * (record ended, not locked, signer did not operate it, PIN); a refusal is thrown and shown in words.
 */
@FunctionalInterface
public interface SignOff {

    BatchReview signOff(String batchId, QaDecision decision, SignatureInput signature);
}
