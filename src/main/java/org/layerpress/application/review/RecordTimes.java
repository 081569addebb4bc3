package org.layerpress.application.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a batch record's times are printed, on the QA screens and in the PDF report alike: always in
 * one zone, the station's, which a page names once ({@link #zoneName}) so that a bare time of day
 * is never ambiguous.
 */
public final class RecordTimes {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private RecordTimes() {
    }

    /** "2026-11-25 10:01:33" in the station's zone (named once, by {@link #zoneName}). */
    public static String dateTime(Instant at, ZoneId zone) {
        return DATE_TIME.format(at.atZone(zone));
    }

    /** "10:01:33" in the station's zone. */
    public static String timeOfDay(Instant at, ZoneId zone) {
        return TIME_OF_DAY.format(at.atZone(zone));
    }

    /** "Europe/Berlin (UTC+01:00)" at that instant; "UTC" for UTC. */
    public static String zoneName(ZoneId zone, Instant at) {
        ZoneOffset offset = zone.getRules().getOffset(at);
        String id = zone.normalized() instanceof ZoneOffset && offset.getTotalSeconds() == 0 ? "UTC" : zone.getId();
        if (id.equals("UTC") || id.equals("Z")) {
            return "UTC";
        }
        String utc = "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
        return id.equals(offset.getId()) ? utc : id + " (" + utc + ")";
    }
}
