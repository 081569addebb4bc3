package org.layerpress.application.review;

import java.util.Objects;
import org.layerpress.domain.signature.Signature;

/**
 * A signed correction of one recorded value, shown beside the original (Annex 11 §8: printouts show
 * changes after first entry). The original event is never changed.
 *
 * @param step 1-based step the value belongs to (0: the batch header)
 * @param field the value's key as recorded, e.g. {@code lot}
 */
public record Amendment(long id, String batchId, int step, String field, String originalValue, String correctedValue, String reason,
                        Signature signature) {

    public Amendment {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(originalValue, "originalValue");
        Objects.requireNonNull(correctedValue, "correctedValue");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(signature, "signature");
    }
}
