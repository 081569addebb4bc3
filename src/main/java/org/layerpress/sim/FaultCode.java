package org.layerpress.sim;

/**
 * Why the simulated PLC stopped a press step, published as the integer {@code faultCode} signal.
 * The codes are part of the simulator's contract with the HMI (alarm texts are keyed on them), so
 * they never change meaning; 0 means no fault is latched.
 */
public enum FaultCode {
    NONE(0),
    /** The guard door opened while the press was running. */
    DOOR_OPENED(1),
    /** The emergency stop was pressed while the press was running (released fast). */
    ESTOP(2),
    /** The HMI's heartbeat counter did not change for longer than the watchdog timeout while running. */
    HEARTBEAT_LOST(3),
    /** The load cell or the oil-pressure channel read above the press capacity. */
    OVER_PRESSURE(4),
    /** A START arrived with a force setpoint that was not in (0, capacity]. */
    SETPOINT_OUT_OF_RANGE(5),
    /** The load cell disagreed with the oil-pressure channel for too long (e.g. a stuck sensor). */
    SENSOR_FAULT(6);

    private final int code;

    FaultCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The fault with this integer code. */
    public static FaultCode ofCode(int code) {
        for (FaultCode f : values()) {
            if (f.code == code) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown fault code " + code);
    }
}
