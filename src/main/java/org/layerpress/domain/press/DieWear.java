package org.layerpress.domain.press;

import java.util.OptionalLong;

/**
 * How far a die is through its rated cycles (docs/dies.md#wear). The thresholds are this project's
 * choice, not a published number: the die maker's rated cycles already carry its margin, so the
 * station warns from {@value #WARN_PERCENT} % on and refuses a new batch at 100 %.
 */
public enum DieWear {
    /** Under {@value #WARN_PERCENT} % of its rated cycles, or no rated cycles given. */
    FINE,
    /** At or over {@value #WARN_PERCENT} % of its rated cycles: a batch may start, with a warning. */
    NEAR_RATED_CYCLES,
    /** At or over its rated cycles: no new batch starts with it. */
    AT_RATED_CYCLES;

    public static final int WARN_PERCENT = 90;

    public static DieWear of(long cycles, OptionalLong ratedCycles) {
        if (ratedCycles.isEmpty()) {
            return FINE;
        }
        long rated = ratedCycles.getAsLong();
        if (cycles >= rated) {
            return AT_RATED_CYCLES;
        }
        // In whole numbers, exact at the boundary (rated cycles are limited far below overflow: DieCommands).
        return cycles * 100 >= rated * WARN_PERCENT ? NEAR_RATED_CYCLES : FINE;
    }
}
