package org.layerpress.sim;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private final AtomicReference<FaultCode> pendingPlcFault = new AtomicReference<>();
    private final Set<Platen> failedHeaters = ConcurrentHashMap.newKeySet();
    private final Set<Platen> openThermocouples = ConcurrentHashMap.newKeySet();

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

    /** A fault the PLC latches as if it had found it itself (training: "fault 3"); the scan takes it. */
    void injectPlcFault(FaultCode code) {
        if (code == FaultCode.NONE) {
            throw new IllegalArgumentException("a PLC fault to inject is one of the codes 1 to 6, not NONE");
        }
        pendingPlcFault.set(code);
    }

    /** The PLC fault requested since the last call, or null; called by the scan thread only. */
    FaultCode takePlcFault() {
        return pendingPlcFault.getAndSet(null);
    }

    /** A platen's heater circuit failed (a blown element, a tripped contactor): no power reaches it. */
    void setHeaterFailed(Platen platen, boolean failed) {
        toggle(failedHeaters, platen, failed);
    }

    boolean heaterFailed(Platen platen) {
        return failedHeaters.contains(platen);
    }

    /** A platen's thermocouple broke: its reading is no number, and the PLC switches that heater off. */
    void setThermocoupleOpen(Platen platen, boolean open) {
        toggle(openThermocouples, platen, open);
    }

    boolean thermocoupleOpen(Platen platen) {
        return openThermocouples.contains(platen);
    }

    private static void toggle(Set<Platen> set, Platen platen, boolean on) {
        if (on) {
            set.add(platen);
        } else {
            set.remove(platen);
        }
    }
}
