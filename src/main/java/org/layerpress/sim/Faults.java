package org.layerpress.sim;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Faults injected into the simulated machine by tests and by a training UI, from threads other than
 * the scan thread. It only holds the requests (volatile fields and an atomic hand-over for the
 * one-shot spike); the scan applies them, so the physics stays single-threaded.
 */
final class Faults {

    /** A one-shot over-pressure transient requested by {@link #injectOverPressureSpike}. */
    record Spike(double extraKiloNewtons, double durationSeconds) {
    }

    private volatile double leakKiloNewtonsPerSecond;
    private volatile boolean forceSensorStuck;
    private final AtomicReference<Spike> pendingSpike = new AtomicReference<>();

    /** An oil leak: extra force decay during hold (when bigger than the top-up rate, force sags). */
    void injectLeak(double kiloNewtonsPerSecond) {
        if (!(kiloNewtonsPerSecond >= 0) || Double.isInfinite(kiloNewtonsPerSecond)) {
            throw new IllegalArgumentException("leak rate must be a finite, non-negative kN/s, was " + kiloNewtonsPerSecond);
        }
        leakKiloNewtonsPerSecond = kiloNewtonsPerSecond;
    }

    void clearLeak() {
        leakKiloNewtonsPerSecond = 0;
    }

    double leakKiloNewtonsPerSecond() {
        return leakKiloNewtonsPerSecond;
    }

    void setForceSensorStuck(boolean stuck) {
        forceSensorStuck = stuck;
    }

    boolean forceSensorStuck() {
        return forceSensorStuck;
    }

    void injectOverPressureSpike(double extraKiloNewtons, double durationSeconds) {
        if (!(extraKiloNewtons >= 0) || Double.isInfinite(extraKiloNewtons)) {
            throw new IllegalArgumentException("spike must be a finite, non-negative kN, was " + extraKiloNewtons);
        }
        if (!(durationSeconds > 0) || Double.isInfinite(durationSeconds)) {
            throw new IllegalArgumentException("spike duration must be a finite, positive s, was " + durationSeconds);
        }
        pendingSpike.set(new Spike(extraKiloNewtons, durationSeconds));
    }

    /** The spike requested since the last call, or null; called by the scan thread only. */
    Spike takeSpike() {
        return pendingSpike.getAndSet(null);
    }
}
