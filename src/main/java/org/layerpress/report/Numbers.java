package org.layerpress.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.layerpress.domain.units.EvidenceNumbers;

/** How exports print numbers ({@link EvidenceNumbers}: plain decimals, no exponent) and instants (UTC). */
final class Numbers {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

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

    static String utc(Instant t) {
        return UTC.format(t);
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
