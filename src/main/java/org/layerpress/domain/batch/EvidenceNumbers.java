package org.layerpress.domain.batch;

import java.util.Locale;

/**
 * How numbers are written as evidence: the text a batch record stores for a measured or computed
 * value. One way, so a value reads back (and compares, and prints) the same wherever it is used.
 */
public final class EvidenceNumbers {

    /** Decimals a record keeps: 0.1 µm of ram travel, 0.1 mN, 0.1 µg — below any instrument's resolution. */
    public static final int STORED_DECIMALS = 4;

    private EvidenceNumbers() {
    }

    /** As a record stores it: at most four decimals, no trailing zeros (60.5, 7.854, 120); NaN is "" (no value). */
    public static String text(double v) {
        return trimmed(v, STORED_DECIMALS);
    }

    /** Rounded to {@code decimals}, trailing zeros and a trailing point dropped (60, 60.5, 1.25); NaN is "". */
    public static String trimmed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "";
        }
        String fixed = String.format(Locale.ROOT, "%." + decimals + "f", v);
        // Only zeros after the point are dropped ("%.0f" of 100 is "100").
        return decimals == 0 ? fixed : fixed.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
