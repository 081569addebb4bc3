package org.layerpress.application.batch;

import java.util.OptionalDouble;

/**
 * A PRESS step on a manual pump press with a gauge only, as the screen shows it: the recipe's band
 * and the die's rating in the dial's own unit, what the operator is asked for now, and the hold
 * countdown the HMI keeps from the confirmed start reading.
 *
 * @param step the step's number
 * @param unit what the dial is marked in (bar or MPa of oil pressure)
 * @param decimals how many decimals the dial is read to
 * @param target the recipe's target on the dial
 * @param lower the band's bottom on the dial
 * @param upper the band's top on the dial
 * @param rated the die's rating on the dial
 * @param holdSeconds the recipe's hold
 * @param stage what the operator does now
 * @param heldSeconds how long the hold has run (empty before the start reading)
 */
public record GaugeProgress(int step, String unit, int decimals, double target, double lower, double upper, double rated, double holdSeconds,
                            Stage stage, OptionalDouble heldSeconds) {

    /** What the operator is asked for. */
    public enum Stage {
        /** Pump into the band, then type the gauge's reading: the hold starts on its confirmation. */
        READ_AT_HOLD_START,
        /** The hold runs: the countdown. */
        HOLDING,
        /** The hold is over: type the gauge's reading again, before opening the release valve. */
        READ_AT_HOLD_END
    }

    /** Seconds of hold still to go (never below 0); empty before the hold started. */
    public OptionalDouble holdRemainingSeconds() {
        return heldSeconds.isPresent() ? OptionalDouble.of(Math.max(0, holdSeconds - heldSeconds.getAsDouble())) : OptionalDouble.empty();
    }
}
