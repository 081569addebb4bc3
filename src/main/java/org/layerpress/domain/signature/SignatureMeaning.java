package org.layerpress.domain.signature;

/** What a signature says about the record it is bound to (21 CFR 11.50(a)(3)). */
public enum SignatureMeaning {
    AUTHORED("Authored"),
    REVIEWED("Reviewed"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    EXECUTED("Executed"),
    VERIFIED("Verified");

    private final String label;

    SignatureMeaning(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
