package org.layerpress.application.batch;

import java.util.OptionalDouble;

/**
 * A PRESSURISE or DEPRESSURISE running on the vessel, as the Run page shows it.
 *
 * @param step the step's number
 * @param venting a DEPRESSURISE (else a PRESSURISE)
 * @param targetMegaPascals the recipe's vessel pressure (a PRESSURISE; NaN for a vent)
 * @param lowerMegaPascals the band's bottom: reaching it starts the hold (NaN for a vent)
 * @param upperMegaPascals the band's top (NaN for a vent)
 * @param holdSeconds the recipe's hold (0 for a vent)
 * @param heldSeconds how long the hold has run by the HMI's clock; empty while pressurising or venting
 * @param pressureMegaPascals the last vessel pressure received; empty before the first one
 */
public record VesselProgress(int step, boolean venting, double targetMegaPascals, double lowerMegaPascals, double upperMegaPascals,
                             double holdSeconds, OptionalDouble heldSeconds, OptionalDouble pressureMegaPascals) {

    public boolean holding() {
        return heldSeconds.isPresent();
    }

    /** Seconds of hold still to go (never below 0); empty while not holding. */
    public OptionalDouble holdRemainingSeconds() {
        return heldSeconds.isPresent() ? OptionalDouble.of(Math.max(0, holdSeconds - heldSeconds.getAsDouble())) : OptionalDouble.empty();
    }
}
