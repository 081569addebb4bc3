package org.layerpress.application.alarms;

import java.time.Duration;

/** How long an alarm may be shelved: chosen by tap, never typed. */
public enum ShelveDuration {
    MINUTES_15(Duration.ofMinutes(15), "15 min"),
    HOUR_1(Duration.ofHours(1), "1 h"),
    HOURS_8(Duration.ofHours(8), "8 h");

    private final Duration duration;
    private final String words;

    ShelveDuration(Duration duration, String words) {
        this.duration = duration;
        this.words = words;
    }

    public Duration duration() {
        return duration;
    }

    /** As the tile says it. */
    public String words() {
        return words;
    }
}
