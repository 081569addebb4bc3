package org.layerpress.domain.batch;

import java.util.Optional;

/**
 * What a press trace can reveal (docs/press-domain.md#what-a-trace-can-reveal). Stored by name in a
 * press step's {@code findings} and as the cause of the alarm each raises.
 */
public enum FindingKind {
    /** Pressure above target + band at any moment (the over-pressure flag of a record). */
    OVER_PRESSURE,
    /** Force above the die's rating, even briefly. */
    DIE_RATING_EXCEEDED,
    /** The setpoint (within the band) was never reached. */
    SETPOINT_NOT_REACHED,
    /** Pressure below target − band during the hold. */
    BELOW_BAND,
    /** Pressure fell during the hold more than the recipe allows while the ram stayed: a hydraulic leak. */
    DECAY_LEAK,
    /** Pressure fell during the hold more than allowed while the ram advanced: powder creep. */
    DECAY_CREEP,
    /** On a manual pump press: the pressure was let go (release valve opened, force gone) before the recipe's hold time was up. */
    HOLD_SHORT,
    /** On a manual pump press with a gauge only: the reading typed in at the hold's start was below the band. */
    GAUGE_START_BELOW_BAND;

    /** How records written before over-pressure had its one name spell it. */
    static final String OLD_OVER_PRESSURE = "OVERSHOOT";

    /** The finding a stored name means, the old spelling of over-pressure included. */
    public static Optional<FindingKind> ofStored(String name) {
        String n = name.strip();
        if (n.equals(OLD_OVER_PRESSURE)) {
            return Optional.of(OVER_PRESSURE);
        }
        for (FindingKind k : values()) {
            if (k.name().equals(n)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
