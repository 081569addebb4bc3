package org.layerpress.ui.records;

import java.util.Optional;
import org.layerpress.application.review.QaDecision;
import org.layerpress.ui.fx.Words;

/** The QA decision filter: any, approved, rejected, or not signed off yet. */
public enum DecisionChoice {
    ANY, APPROVED, REJECTED, NOT_YET;

    /** The choice in the person's language ("Not yet signed off"). */
    public String label() {
        return Words.get("records.decisionChoice." + name());
    }

    Optional<QaDecision> decision() {
        return switch (this) {
            case APPROVED -> Optional.of(QaDecision.APPROVED);
            case REJECTED -> Optional.of(QaDecision.REJECTED);
            default -> Optional.empty();
        };
    }

    boolean undecided() {
        return this == NOT_YET;
    }
}
