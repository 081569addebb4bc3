package org.layerpress.application.commissioning;

import org.layerpress.domain.press.PressLimits;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.units.Force;

/**
 * A commissioning press cycle (ramp, hold, release) asked for from the command line. Validates in
 * its constructor: nothing above the press capacity or its ramp limit ({@link PressLimits}, the
 * same limits a batch's press start obeys), and only with the operator's explicit word that the
 * press is clear — the HMI gates and limits, the PLC stays the safety system.
 */
public record TestCycleRequest(Force force, double rampKiloNewtonsPerSecond, double holdSeconds, PressProfile press) {

    public TestCycleRequest(Force force, double rampKiloNewtonsPerSecond, double holdSeconds, PressProfile press, boolean confirmedPressClear) {
        this(force, rampKiloNewtonsPerSecond, holdSeconds, press);
        if (!confirmedPressClear) {
            throw new IllegalArgumentException("refused: a test cycle moves the ram; confirm the press is clear with --confirm-press-clear");
        }
    }

    public TestCycleRequest {
        PressLimits limits = PressLimits.of(press);
        if (!(force.kiloNewtons() > 0)) {
            throw new IllegalArgumentException("refused: test force must be above 0 kN, was " + force);
        }
        if (limits.aboveCapacity(force)) {
            throw new IllegalArgumentException("refused: " + force + " is above the press capacity of " + press.capacity()
                    + " (" + press.model() + ")");
        }
        if (!(rampKiloNewtonsPerSecond > 0) || limits.aboveRamp(rampKiloNewtonsPerSecond)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "refused: ramp %.2f kN/s must be above 0 and at most the press limit of %.2f kN/s",
                    rampKiloNewtonsPerSecond, press.maxRampKiloNewtonsPerSecond()));
        }
        if (!(holdSeconds >= 0) || holdSeconds > 600) {
            throw new IllegalArgumentException("refused: hold must be 0..600 s, was " + holdSeconds);
        }
    }
}
