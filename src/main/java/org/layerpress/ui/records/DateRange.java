package org.layerpress.ui.records;

import java.time.LocalDate;
import java.util.Optional;
import org.layerpress.ui.fx.Words;

/** Date presets of the batch list, in station days; PICKED uses the days chosen with the steppers. */
public enum DateRange {
    ALL, TODAY, LAST_7_DAYS, LAST_30_DAYS, PICKED;

    /** The preset in the person's language ("Last 7 days"). */
    public String label() {
        return Words.get("records.dates." + name());
    }

    /** First day included; "last 7 days" counts today as one of the seven. */
    Optional<LocalDate> from(LocalDate today, LocalDate pickedFrom) {
        return switch (this) {
            case ALL -> Optional.empty();
            case TODAY -> Optional.of(today);
            case LAST_7_DAYS -> Optional.of(today.minusDays(6));
            case LAST_30_DAYS -> Optional.of(today.minusDays(29));
            case PICKED -> Optional.of(pickedFrom);
        };
    }

    Optional<LocalDate> to(LocalDate today, LocalDate pickedTo) {
        return switch (this) {
            case ALL -> Optional.empty();
            case PICKED -> Optional.of(pickedTo);
            default -> Optional.of(today);
        };
    }
}
