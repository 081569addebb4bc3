package org.layerpress.application.batch;

import org.layerpress.domain.recipe.RecipeStep;

/**
 * A HEAT or COOL step running on the platens: what was asked, where the ramp started, the setpoint
 * last written, and since when both platens have been in band. Read and written under the open
 * batch's lock only (commands, and the worker's tick).
 */
final class PlatenRun {

    final int step;
    /** The HEAT step, or null for a COOL. */
    final RecipeStep.Heat heat;
    /** The COOL step, or null for a HEAT. */
    final RecipeStep.Cool cool;
    /** Process seconds when the step started, and the warmer platen's temperature then: the ramp's start. */
    final double startSeconds;
    final double startCelsius;
    double lastWritten;
    /** Process seconds since both platens are in band without a break; NaN while they are not. */
    double inBandSince = Double.NaN;
    /** Seconds in band so far, for the screen's countdown (0 while out of band). */
    volatile double soakedSeconds;

    PlatenRun(int step, RecipeStep.Heat heat, RecipeStep.Cool cool, double startSeconds, double startCelsius, double written) {
        this.step = step;
        this.heat = heat;
        this.cool = cool;
        this.startSeconds = startSeconds;
        this.startCelsius = startCelsius;
        this.lastWritten = written;
    }

    /**
     * The setpoint the ramp has reached at {@code now}: from the platens' temperature at the start
     * toward the recipe's setpoint at its ramp, never past it. Cooling to a lower HEAT setpoint is not
     * ramped (the heaters simply switch off until the platens come down).
     */
    double rampedSetpoint(double now) {
        double target = heat.setpoint().celsius();
        if (startCelsius >= target) {
            return target;
        }
        return Math.min(target, startCelsius + heat.rampCelsiusPerMinute() / 60.0 * (now - startSeconds));
    }
}
