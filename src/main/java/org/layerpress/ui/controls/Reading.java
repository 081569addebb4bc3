package org.layerpress.ui.controls;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A live number as text (without its unit, which the screen shows beside it), or a stale dash with,
 * when known, since when nothing trustworthy has come ("no data since 14:02:11"): an operator must
 * never take a number frozen by a lost or silent PLC for a live one.
 *
 * @param note why it is stale, for beside the STALE tag; "" when live or unknown
 */
public record Reading(String text, boolean stale, String note) {

    /** What a screen shows where it has no live value. */
    public static final String NO_VALUE = "\u2014";

    public static final Reading STALE = new Reading(NO_VALUE, true, "");

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    public Reading {
        Objects.requireNonNull(text, "text");
        note = note == null ? "" : note;
    }

    public Reading(String text, boolean stale) {
        this(text, stale, "");
    }

    public static Reading live(String text) {
        return new Reading(text, false, "");
    }

    /** Stale because the link stopped at {@code since} (the link status's own time). */
    public static Reading noDataSince(Instant since) {
        return new Reading(NO_VALUE, true, "no data since " + CLOCK.format(since));
    }

    /** This reading when live, else {@code whenStale} (which says since when). */
    public Reading orIfStale(Reading whenStale) {
        return stale ? whenStale : this;
    }
}
