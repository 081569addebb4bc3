package org.layerpress.application.batch;

import java.util.OptionalDouble;

/**
 * A HEAT or COOL step as the screen shows it: the setpoint written now, the recipe's setpoint (or the
 * cool limit), and for a HEAT the soak: how long the recipe asks for and how long the platens have
 * been in band so far.
 *
 * @param step the step's number
 * @param heating a HEAT (true) or a COOL
 * @param writtenCelsius the setpoint the HMI last wrote to the PLC
 * @param targetCelsius the HEAT's setpoint, or the COOL's release-below temperature
 * @param soakSeconds what the recipe asks for (empty for a COOL)
 * @param soakedSeconds in band without a break so far (0 while out of band)
 */
public record PlatenProgress(int step, boolean heating, double writtenCelsius, double targetCelsius, OptionalDouble soakSeconds,
                             double soakedSeconds) {

    /** Seconds of soak still to go (never below 0); empty for a COOL. */
    public OptionalDouble soakRemainingSeconds() {
        return soakSeconds.isPresent() ? OptionalDouble.of(Math.max(0, soakSeconds.getAsDouble() - soakedSeconds)) : OptionalDouble.empty();
    }
}
