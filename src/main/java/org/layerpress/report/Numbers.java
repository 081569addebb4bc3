package org.layerpress.report;

import org.layerpress.domain.units.EvidenceNumbers;

/**
 * How the exact exports (CSV, and the chart's axis labels) print numbers ({@link EvidenceNumbers}:
 * plain decimals, no exponent). The PDF's words and values are rounded to their resolution by
 * {@link org.layerpress.application.review.ValuePhrases} instead.
 */
final class Numbers {

    private Numbers() {
    }

    /** The shortest decimal that reads back as the same double, without an exponent (1.0E-4 → 0.0001). */
    static String exact(double v) {
        return EvidenceNumbers.exact(v);
    }

    /** Rounded half-up to {@code decimals}, trailing zeros kept (a fixed column width reads better). */
    static String fixed(double v, int decimals) {
        return EvidenceNumbers.fixed(v, decimals);
    }
}
