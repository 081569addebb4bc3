package org.layerpress.sim;

/**
 * The force the hydraulic cylinder puts on the die stack, and how it changes: a rate-limited ramp,
 * a hold in which the compacting powder relaxes the force and a hold valve tops it up, and a
 * release. Kept apart from the sequence so the physics can be read (and tuned) on its own.
 *
 * <p>Numbers (see {@link SimulatedPressPlc.Settings}): powder creep relaxes the held force by a
 * fixed fraction per second (0.3 %/s by default); the PLC tops up at a limited rate (1 kN/s) once
 * the force is more than 0.5 % below the setpoint, and stops at the setpoint. Both creep and a leak
 * exist because a real trace tells them apart (docs/press-domain.md#what-a-trace-can-reveal): creep
 * lowers force while the ram advances, a leak lowers it while the ram stays, and a leak faster than
 * the top-up visibly sags.
 *
 * <p>The controller regulates on the true force, as if the hydraulic regulator had its own pressure
 * transducer; a stuck load cell ({@link ForceSensor}) therefore only corrupts what is published.
 */
final class HydraulicAxis {

    /** The hold band: the step is "at setpoint" within 0.5 % below it (task specification). */
    static final double BAND_FRACTION = 0.005;

    private final double creepFractionPerSecond;
    private final double topUpKiloNewtonsPerSecond;

    private double hydraulicForce;
    private boolean toppingUp;
    private double spikeKiloNewtons;
    private double spikeSecondsLeft;

    HydraulicAxis(double creepFractionPerSecond, double topUpKiloNewtonsPerSecond) {
        this.creepFractionPerSecond = creepFractionPerSecond;
        this.topUpKiloNewtonsPerSecond = topUpKiloNewtonsPerSecond;
    }

    /** The true force on the stack in kN: the regulated hydraulic force plus any injected transient. */
    double force() {
        return hydraulicForce + (spikeSecondsLeft > 0 ? spikeKiloNewtons : 0);
    }

    /** The regulated force without transients, in kN. */
    double hydraulicForce() {
        return hydraulicForce;
    }

    /** True once the regulated force is inside the hold band of {@code setpoint}. */
    boolean withinBand(double setpoint) {
        return hydraulicForce >= setpoint * (1 - BAND_FRACTION);
    }

    /** Raises the force toward {@code setpoint} at {@code rate} kN/s, never past it. */
    void ramp(double setpoint, double rate, double dt) {
        if (hydraulicForce < setpoint) {
            hydraulicForce = Math.min(setpoint, hydraulicForce + rate * dt);
        }
    }

    /** Hands the force over to the hold controller, which finishes the approach to the setpoint. */
    void beginHold(double setpoint) {
        toppingUp = hydraulicForce < setpoint;
    }

    /**
     * One scan of hold: creep and the leak take force away; the top-up valve adds it back while
     * active (bang-bang with hysteresis: on below the band, off at the setpoint).
     *
     * @return the force relaxed by powder creep in this scan, kN (the ram advances with it)
     */
    double hold(double setpoint, double leakKiloNewtonsPerSecond, double dt) {
        double creep = creepFractionPerSecond * hydraulicForce * dt;
        double next = hydraulicForce - creep - leakKiloNewtonsPerSecond * dt;
        if (toppingUp) {
            next += topUpKiloNewtonsPerSecond * dt;
            if (next >= setpoint) {
                next = setpoint;
                toppingUp = false;
            }
        }
        hydraulicForce = Math.max(0, next);
        if (hydraulicForce < setpoint * (1 - BAND_FRACTION)) {
            toppingUp = true;
        }
        return creep;
    }

    /** Lowers the force toward zero at {@code rate} kN/s (release valve open). */
    void release(double rate, double dt) {
        toppingUp = false;
        hydraulicForce = Math.max(0, hydraulicForce - rate * dt);
    }

    /** Starts an injected transient on top of the regulated force. */
    void addSpike(double extraKiloNewtons, double durationSeconds) {
        spikeKiloNewtons = extraKiloNewtons;
        spikeSecondsLeft = durationSeconds;
    }

    /** Ages the transient; call once per scan after the scan's force has been used. */
    void advanceSpike(double dt) {
        if (spikeSecondsLeft > 0) {
            spikeSecondsLeft -= dt;
        }
    }
}
