package org.layerpress.ui.controls;

import org.layerpress.domain.units.EvidenceNumbers;

/**
 * How the screens write numbers, on {@link EvidenceNumbers} so a screen shows a recorded value as the
 * record and the exports write it. Settings and facts (a recipe's target, a die's bore) are plain;
 * live values keep a fixed number of decimals, the one place a screen differs from the record: a
 * number that changes ten times a second must not jump in width when it passes 28.3 → 28.30 → 28.31.
 */
public final class DisplayNumbers {

    /**
     * A live force closer to zero than this reads 0: the band in which a press at rest is unloaded by the
     * PLC contract (force below 0.05 kN, docs/plc-interface.md), where a load cell's noise and zero drift
     * would otherwise show -0.01 kN on an empty press. Beyond it every reading shows as it comes, negative
     * too, so a real zero offset stays visible. Only the screens' live readouts use it: the record and the
     * exports keep the raw samples.
     */
    public static final double FORCE_AT_REST_KILONEWTONS = 0.05;

    private DisplayNumbers() {
    }

    /** A live force for display, in kN: 0 inside {@link #FORCE_AT_REST_KILONEWTONS}, else as read; NaN stays NaN. */
    public static double forceShown(double kiloNewtons) {
        return Math.abs(kiloNewtons) < FORCE_AT_REST_KILONEWTONS ? 0.0 : kiloNewtons;
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
