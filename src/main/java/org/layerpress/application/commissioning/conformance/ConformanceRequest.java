package org.layerpress.application.commissioning.conformance;

import java.time.Duration;
import java.util.Locale;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.units.Force;

/**
 * What a conformance check may do to the press: the force of its cycles (small: nothing is in the
 * press), the hold time, how long the trace clause watches the ring. Refused (an
 * {@link IllegalArgumentException} starting "refused:") without the operator's word that the press
 * is clear, or with a force outside (0, capacity].
 */
public record ConformanceRequest(Force force, double holdSeconds, Duration traceDuration, PressProfile press) {

    /** The contract's default: 10 % of capacity, at most 10 kN. */
    public static Force defaultForce(PressProfile press) {
        return Force.kiloNewtons(Math.min(10, press.capacity().kiloNewtons() * 0.10));
    }

    public ConformanceRequest(Force force, double holdSeconds, Duration traceDuration, PressProfile press, boolean confirmedPressClear) {
        this(force, holdSeconds, traceDuration, press);
        if (!confirmedPressClear) {
            throw new IllegalArgumentException("refused: the conformance check moves the ram; confirm the press is clear with --confirm-press-clear");
        }
    }

    public ConformanceRequest {
        if (!(force.kiloNewtons() > 0)) {
            throw new IllegalArgumentException("refused: check force must be above 0 kN, was " + force);
        }
        if (force.exceeds(press.capacity())) {
            throw new IllegalArgumentException("refused: " + force + " is above the press capacity of " + press.capacity() + " (" + press.model() + ")");
        }
        if (!(holdSeconds >= 0.5) || holdSeconds > 60) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "refused: hold must be 0.5..60 s, was %.2f s", holdSeconds));
        }
        if (traceDuration.isNegative() || traceDuration.compareTo(Duration.ofSeconds(1)) < 0 || traceDuration.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("refused: the trace clause watches 1..600 s, was " + traceDuration.toSeconds() + " s");
        }
    }

    public double forceKiloNewtons() {
        return force.kiloNewtons();
    }
}
