package org.layerpress.application.review;

import org.layerpress.domain.signature.SignatureMeaning;

/** QA's decision on a completed (or aborted) batch record, signed (Annex 11 §15: who released the batch). */
public enum QaDecision {
    APPROVED(SignatureMeaning.APPROVED),
    REJECTED(SignatureMeaning.REJECTED);

    private final SignatureMeaning meaning;

    QaDecision(SignatureMeaning meaning) {
        this.meaning = meaning;
    }

    public SignatureMeaning meaning() {
        return meaning;
    }
}
