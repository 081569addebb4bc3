package org.layerpress.sim;

/**
 * The PLC's fault latch, docs/plc-interface.md section 5: what trips it (an interlock or the
 * heartbeat lost while pressing, over-pressure on either force channel, the two force channels
 * disagreeing, a setpoint out of range at START), first-out, and when RESET may clear it (in IDLE,
 * once the cause is gone). It is apart from {@link PressCycle} because the contract's fault rules
 * (T9-T16) are about when a fault latches and clears, not about the sequence; a trip only asks the
 * cycle to release. The code is volatile for the getters; everything else runs on the scan thread.
 */
final class FaultLatch {

    private final PressCycle cycle;
    private final HydraulicAxis axis;
    private final ForceSensor sensor;
    private final SensorPlausibility plausibility;
    private final double capacity;

    private volatile FaultCode fault = FaultCode.NONE;

    FaultLatch(PressCycle cycle, HydraulicAxis axis, ForceSensor sensor, SensorPlausibility plausibility, double capacity) {
        this.cycle = cycle;
        this.axis = axis;
        this.sensor = sensor;
        this.plausibility = plausibility;
        this.capacity = capacity;
    }

    FaultCode code() {
        return fault;
    }

    /** Interlocks and the heartbeat watchdog, checked while the sequence is pressing (T9, T10, T11). */
    void supervise(boolean door, boolean estop, boolean fresh) {
        PlcState state = cycle.state();
        if (state.pressing()) {
            if (!door) {
                trip(FaultCode.DOOR_OPENED, false);
            } else if (!estop) {
                trip(FaultCode.ESTOP, true);
            } else if (!fresh) {
                trip(FaultCode.HEARTBEAT_LOST, false);
            }
        } else if (state == PlcState.RELEASING && !estop) {
            cycle.openDumpValve();
        }
    }

    /**
     * Over-pressure on either force channel (the load cell, allowing for its noise, or the oil
     * pressure, which a stuck load cell cannot mask), then the load-cell plausibility check.
     */
    void protect(double measured, double force, double dt) {
        if (measured > capacity + sensor.noiseAmplitude() || force > capacity) {
            trip(FaultCode.OVER_PRESSURE, false);
        } else if (cycle.state().pressing() && plausibility.implausible(measured, force, dt)) {
            trip(FaultCode.SENSOR_FAULT, false);
        }
    }

    /** START with a setpoint outside (0, capacity]: latches SETPOINT_OUT_OF_RANGE and nothing else (T2). */
    void refuseSetpoint() {
        fault = FaultCode.SETPOINT_OUT_OF_RANGE;
    }

    /** RESET: clears the latch in IDLE when the cause is gone (T14), else nothing (T15). */
    void reset(boolean door, boolean estop, boolean fresh) {
        if (cycle.state() != PlcState.IDLE || fault == FaultCode.NONE) {
            return;
        }
        boolean causeGone = door && estop && fresh && axis.force() < SimulatedPressPlc.ZERO_FORCE_KILONEWTONS
                && (fault != FaultCode.SENSOR_FAULT || plausibility.agree(sensor.lastReading(), axis.force()));
        if (causeGone) {
            fault = FaultCode.NONE;
        }
    }

    /** The deviation {@link ContractDeviation#RELEASE_ACKNOWLEDGES_FAULTS}: RELEASE or STOP in IDLE clearing the latch. */
    void acknowledgeByRelease(boolean door, boolean estop) {
        if (cycle.state() == PlcState.IDLE && fault != FaultCode.NONE && axis.force() < SimulatedPressPlc.ZERO_FORCE_KILONEWTONS && door && estop) {
            fault = FaultCode.NONE;
        }
    }

    /** A fault injected for training: latched as if found here (first-out), releasing if pressing. */
    void inject(FaultCode code) {
        trip(code, false);
    }

    /** Latches the fault (first-out) and releases if pressing. */
    private void trip(FaultCode code, boolean emergency) {
        if (fault == FaultCode.NONE) {
            fault = code;
        }
        cycle.abort(emergency);
    }
}
