package org.layerpress.ui.controls;

import org.layerpress.domain.units.EvidenceNumbers;

/**
 * How the screens write numbers, on {@link EvidenceNumbers} so a screen shows a recorded value as the
 * record and the exports write it. Settings and facts (a recipe's target, a die's bore) are plain;
 * live values keep a fixed number of decimals, the one place a screen differs from the record: a
 * number that changes ten times a second must not jump in width when it passes 28.3 → 28.30 → 28.31.
 */
public final class DisplayNumbers {

    private DisplayNumbers() {
    }

    /** A setting or a fact: at most two decimals, no trailing zeros (60, 60.5, 1.25); NaN is "". */
    public static String plain(double v) {
        return EvidenceNumbers.trimmed(v, 2);
    }

    /** A live value with exactly {@code decimals} decimals, rounded half-up, never "-0.0"; NaN is "". */
    public static String live(double v, int decimals) {
        return EvidenceNumbers.fixed(v, decimals);
    }
}
