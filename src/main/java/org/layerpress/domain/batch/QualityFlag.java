package org.layerpress.domain.batch;

import java.util.Objects;

/**
 * One automatic quality flag: which step, the value seen and the limit it broke, in words.
 *
 * @param step 1-based step number (0 for the batch as a whole)
 * @param value what was measured, with its unit, e.g. {@code "31.2 kN"}
 * @param limit the limit that was hit, with its unit, e.g. {@code "≤ 29.5 kN (band)"}
 * @param explanation one sentence a QA reviewer reads, e.g. "Step 4 Press the electrolyte: peak 31.2 kN above the band's 29.5 kN."
 */
public record QualityFlag(FlagKind kind, int step, String stepTitle, String value, String limit, String explanation) {

    public QualityFlag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stepTitle, "stepTitle");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(explanation, "explanation");
        if (step < 0) {
            throw new IllegalArgumentException("step must be ≥ 0, was " + step);
        }
    }
}
