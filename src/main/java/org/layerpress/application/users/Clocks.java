package org.layerpress.application.users;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times stored as evidence are truncated to microseconds, so what is hashed is what the database keeps. */
public final class Clocks {

    private Clocks() {
    }

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
