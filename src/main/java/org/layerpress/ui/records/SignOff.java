package org.layerpress.ui.records;

import java.util.Optional;
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

    /**
     * What the screen says once {@code review} is signed, when it is not simply the station's review (a QA
     * workstation's sign-off is sent to the station and waits for its checks); empty: the usual "Signed off: …".
     */
    default Optional<String> afterSigning(BatchReview review) {
        return Optional.empty();
    }
}
