package org.layerpress.domain.signature;

/** What a signature says about the record it is bound to (21 CFR 11.50(a)(3)). */
public enum SignatureMeaning {
    AUTHORED("Authored"),
    REVIEWED("Reviewed"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    EXECUTED("Executed"),
    VERIFIED("Verified"),
    /**
     * A signed amendment of a recorded value (the original stays). Not VERIFIED: that already means
     * "I checked this entry" (a second-person check), and a report must tell a check from a change.
     */
    CORRECTED("Corrected");

    private final String label;

    SignatureMeaning(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
