package org.layerpress.application.batch;

import java.util.OptionalDouble;

/**
 * A PRESS step done by hand, as the screen shows it: what to pump to (the band in MPa on this die),
 * where the die's rating is, and the hold countdown once the band was reached.
 *
 * @param step the step's number
 * @param targetMegaPascals the recipe's target
 * @param lowerMegaPascals the band's bottom: reaching it starts the hold
 * @param upperMegaPascals the band's top: passing it is an over-pressure
 * @param ratedMegaPascals the die's rating as a pressure on its bore
 * @param holdSeconds the recipe's hold
 * @param heldSeconds how long the hold has run (empty while pumping up to the band)
 */
public record ManualProgress(int step, double targetMegaPascals, double lowerMegaPascals, double upperMegaPascals, double ratedMegaPascals,
                             double holdSeconds, OptionalDouble heldSeconds) {

    /** Whether the band was reached and the hold counts. */
    public boolean holding() {
        return heldSeconds.isPresent();
    }

    /** Seconds of hold still to go (never below 0); empty while pumping. */
    public OptionalDouble holdRemainingSeconds() {
        return heldSeconds.isPresent() ? OptionalDouble.of(Math.max(0, holdSeconds - heldSeconds.getAsDouble())) : OptionalDouble.empty();
    }
}
