package org.layerpress.sim;

import static org.layerpress.application.press.StandardSignal.HOLD_TIME;
import static org.layerpress.application.press.StandardSignal.RAMP_RATE;
import static org.layerpress.application.press.StandardSignal.SETPOINT_FORCE;

/**
 * The press step's sequence, the transitions of docs/plc-interface.md section 3: IDLE → (START)
 * RAMPING → (within 0.5 % of setpoint) HOLDING → (hold time) DONE → (RELEASE) RELEASING → (force
 * &lt; 0.05 kN) IDLE, with setpoint, ramp rate and hold time latched at START (T17). It owns the
 * sequence state and moves the {@link HydraulicAxis} one scan in it; whether a START, STOP or fault
 * may act is decided by {@link SimulatedPressPlc} and {@link FaultLatch}, so the transitions can be
 * read against the contract's table on their own. The state is volatile for the getters; the rest is
 * scan thread only.
 */
final class PressCycle {

    private final HydraulicAxis axis;
    private final Faults faults;
    private final SimulatedPressPlc.Settings settings;
    private final double capacity;
    private final double pumpMaxRate;

    private volatile PlcState state = PlcState.IDLE;

    // Latched at START.
    private double setpoint;
    private double rampRate;
    private double holdTime;
    private double holdElapsed;
    private boolean stepDone;
    private boolean emergencyRelease;

    PressCycle(HydraulicAxis axis, Faults faults, SimulatedPressPlc.Settings settings, double capacity, double pumpMaxRate) {
        this.axis = axis;
        this.faults = faults;
        this.settings = settings;
        this.capacity = capacity;
        this.pumpMaxRate = pumpMaxRate;
    }

    PlcState state() {
        return state;
    }

    /** The STEP_DONE bit: the hold time has elapsed in this cycle and it has not been released. */
    boolean stepDone() {
        return stepDone;
    }

    /** START accepted (T1): latches the setpoints and begins the ramp. */
    void start(PlcIo io) {
        latchSetpoints(io);
        holdElapsed = 0;
        stepDone = false;
        emergencyRelease = false;
        state = PlcState.RAMPING;
    }

    /** Takes setpoint, ramp rate and hold time from the HMI's nodes: at START only, unless told to deviate. */
    void latchSetpoints(PlcIo io) {
        double requested = io.get(SETPOINT_FORCE);
        if (requested > 0 && requested <= capacity) {
            setpoint = requested;
        }
        double requestedRate = io.get(RAMP_RATE);
        rampRate = requestedRate > 0 && Double.isFinite(requestedRate) ? Math.min(requestedRate, pumpMaxRate) : pumpMaxRate;
        double requestedHold = io.get(HOLD_TIME);
        holdTime = requestedHold > 0 && Double.isFinite(requestedHold) ? requestedHold : 0;
    }

    /** RELEASE or STOP while pressing (T6, T7): clears STEP_DONE and releases. */
    void release() {
        stepDone = false;
        state = PlcState.RELEASING;
    }

    /** A fault: releases if pressing, through the e-stop dump valve when {@code emergency}. */
    void abort(boolean emergency) {
        if (state.pressing()) {
            state = PlcState.RELEASING;
        }
        if (emergency) {
            emergencyRelease = true;
        }
    }

    /** The e-stop pressed while releasing: the rest of the release goes through the dump valve. */
    void openDumpValve() {
        emergencyRelease = true;
    }

    /** Moves the hydraulics one scan in the current state. @return force relaxed by creep, kN */
    double step(double dt) {
        double creepRelaxed = 0;
        switch (state) {
            case RAMPING -> {
                axis.ramp(setpoint, rampRate, dt);
                if (axis.withinBand(setpoint)) {
                    axis.beginHold(setpoint);
                    state = PlcState.HOLDING;
                }
            }
            case HOLDING -> {
                creepRelaxed = axis.hold(setpoint, faults.leakKiloNewtonsPerSecond(), dt);
                holdElapsed += dt;
                if (holdElapsed >= holdTime - 1e-9) {
                    stepDone = true;
                    state = PlcState.DONE;
                }
            }
            case DONE -> creepRelaxed = axis.hold(setpoint, faults.leakKiloNewtonsPerSecond(), dt);
            case RELEASING -> {
                axis.release(emergencyRelease ? settings.emergencyReleaseKiloNewtonsPerSecond() : settings.releaseKiloNewtonsPerSecond(), dt);
                if (axis.force() < SimulatedPressPlc.ZERO_FORCE_KILONEWTONS) {
                    state = PlcState.IDLE;
                }
            }
            case IDLE -> axis.release(settings.releaseKiloNewtonsPerSecond(), dt); // release valve stays open
        }
        return creepRelaxed;
    }
}
