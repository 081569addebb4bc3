package org.layerpress.sim;

/**
 * Cross-checks the load cell against the oil-pressure channel while the press runs, the way a PLC
 * with two force measurements does, so a stuck or drifting load cell stops the step (fault
 * SENSOR_FAULT) instead of letting the record claim a force the stack never felt. The two may
 * disagree by up to 2 % of capacity (at least 1 kN) for up to 0.5 s; these margins are the
 * simulator's choice (no source), wide enough for noise and for a frozen reading during a steady
 * hold, narrow enough to catch a frozen reading during a ramp or a leak. Scan thread only.
 */
final class SensorPlausibility {

    static final double TOLERANCE_FRACTION_OF_CAPACITY = 0.02;
    static final double MIN_TOLERANCE_KILONEWTONS = 1.0;
    static final double MAX_DISAGREEMENT_SECONDS = 0.5;

    private final double toleranceKiloNewtons;
    private double disagreeingSeconds;

    SensorPlausibility(double capacityKiloNewtons) {
        this.toleranceKiloNewtons = Math.max(MIN_TOLERANCE_KILONEWTONS, TOLERANCE_FRACTION_OF_CAPACITY * capacityKiloNewtons);
    }

    void reset() {
        disagreeingSeconds = 0;
    }

    /** True when the two channels agree within tolerance right now (a sensor fault's cause is gone). */
    boolean agree(double loadCell, double oilChannel) {
        return Math.abs(loadCell - oilChannel) <= toleranceKiloNewtons;
    }

    /** @return true once the readings have disagreed beyond tolerance for too long */
    boolean implausible(double loadCell, double oilChannel, double dt) {
        if (Math.abs(loadCell - oilChannel) > toleranceKiloNewtons) {
            disagreeingSeconds += dt;
        } else {
            disagreeingSeconds = 0;
        }
        return disagreeingSeconds > MAX_DISAGREEMENT_SECONDS;
    }
}
