package org.layerpress.domain.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How numbers are written as evidence — in a batch record, its flags, the exports, the screens and
 * the recipe checks' messages — and read back. One place, so a value stored as "60.5" prints,
 * compares and reads back the same wherever it is used.
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

    /** The shortest decimal that reads back as the same double, without an exponent (1.0E-4 → 0.0001); NaN and infinities are "". */
    public static String exact(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** Rounded half-up to {@code decimals}, trailing zeros kept (a fixed column width reads better); NaN and infinities are "". */
    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** A stored number; empty for "" (no value) or text that is not a number. */
    public static OptionalDouble parse(String text) {
        if (text == null || text.isBlank()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(text.strip()));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** A stored number, NaN for "" or text that is not a number (values a step may record without, like a hold mean never reached). */
    public static double parseOrNaN(String text) {
        return parse(text).orElse(Double.NaN);
    }
}
