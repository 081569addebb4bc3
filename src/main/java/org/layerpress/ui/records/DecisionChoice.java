package org.layerpress.ui.records;

import java.util.Optional;
import org.layerpress.application.review.QaDecision;

/** The QA decision filter: any, approved, rejected, or not signed off yet. */
public enum DecisionChoice {
    ANY("Any decision"), APPROVED("Approved"), REJECTED("Rejected"), NOT_YET("Not yet signed off");

    private final String label;

    DecisionChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
