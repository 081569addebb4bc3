package org.layerpress.application.alarms;

import java.util.Objects;

/**
 * Shelve one alarm for a while: the alarm's key, the duration tapped, and why (required).
 */
public record ShelveCommand(String alarmKey, ShelveDuration duration, String reason) {

    public static final int REASON_MAX_CHARS = 200;

    public ShelveCommand {
        Objects.requireNonNull(alarmKey, "alarmKey");
        Objects.requireNonNull(duration, "duration");
        reason = reason == null ? "" : reason.strip();
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("shelving " + alarmKey + " needs a reason");
        }
        if (reason.length() > REASON_MAX_CHARS) {
            throw new IllegalArgumentException("the reason for shelving is at most " + REASON_MAX_CHARS + " characters; it has " + reason.length());
        }
    }
}
