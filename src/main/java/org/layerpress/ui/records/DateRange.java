package org.layerpress.ui.records;

import java.time.LocalDate;
import java.util.Optional;

/** Date presets of the batch list, in station days; PICKED uses the days chosen with the steppers. */
public enum DateRange {
    ALL("All dates"), TODAY("Today"), LAST_7_DAYS("Last 7 days"), LAST_30_DAYS("Last 30 days"), PICKED("Picked days");

    private final String label;

    DateRange(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
