package org.layerpress.application.commissioning.conformance;

/** A clause's outcome in the conformance report. */
public enum Verdict {
    PASS("PASS"),
    FAIL("FAIL"),
    /** The mapping has no signal the clause needs (e.g. no {@code reset}): nothing to check. */
    NOT_MAPPED("NOT MAPPED");

    private final String word;

    Verdict(String word) {
        this.word = word;
    }

    /** As printed: PASS, FAIL, NOT MAPPED. */
    public String word() {
        return word;
    }
}
