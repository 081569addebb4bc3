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
 * @param medium the warm step's medium (temperature, band, soak); null on a cold step or a vent
 */
public record VesselProgress(int step, boolean venting, double targetMegaPascals, double lowerMegaPascals, double upperMegaPascals,
                             double holdSeconds, OptionalDouble heldSeconds, OptionalDouble pressureMegaPascals, Medium medium) {

    /**
     * The medium of a warm PRESSURISE.
     *
     * @param setpointCelsius the recipe's temperature, written as the heater setpoint
     * @param bandCelsius the recipe's ± band
     * @param celsius the medium's temperature now; empty when no reading arrived or its thermocouple reads Bad
     * @param soaking the pump has not started yet: the medium is being brought into its band
     * @param soakSeconds the recipe's soak
     * @param soakedSeconds how long the medium has been in band without a break (0 while out of it)
     */
    public record Medium(double setpointCelsius, double bandCelsius, OptionalDouble celsius, boolean soaking, double soakSeconds, double soakedSeconds) {

        /** Seconds of soak still to go (never below 0). */
        public double soakRemainingSeconds() {
            return Math.max(0, soakSeconds - soakedSeconds);
        }
    }

    public boolean holding() {
        return heldSeconds.isPresent();
    }

    /** A warm PRESSURISE still soaking its medium: the pump has not started. */
    public boolean soaking() {
        return medium != null && medium.soaking();
    }

    /** Seconds of hold still to go (never below 0); empty while not holding. */
    public OptionalDouble holdRemainingSeconds() {
        return heldSeconds.isPresent() ? OptionalDouble.of(Math.max(0, holdSeconds - heldSeconds.getAsDouble())) : OptionalDouble.empty();
    }
}
