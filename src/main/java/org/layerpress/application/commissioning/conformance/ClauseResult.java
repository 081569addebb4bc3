package org.layerpress.application.commissioning.conformance;

/**
 * One row of the conformance report.
 *
 * @param clause the clause's name as the contract's section 9 writes it
 * @param measured what was measured, in words, so a FAIL says by how much
 */
public record ClauseResult(String clause, Verdict verdict, String measured) {

    static ClauseResult pass(Clause c, String measured) {
        return new ClauseResult(c.name(), Verdict.PASS, measured);
    }

    static ClauseResult fail(Clause c, String measured) {
        return new ClauseResult(c.name(), Verdict.FAIL, measured);
    }

    static ClauseResult notMapped(Clause c, String missing) {
        return new ClauseResult(c.name(), Verdict.NOT_MAPPED, missing);
    }
}
