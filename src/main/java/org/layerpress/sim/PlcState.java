package org.layerpress.sim;

/**
 * The simulated press step's sequence state. Kept apart from the published status bits because
 * READY/RUNNING/STEP_DONE are derived from it together with the interlocks and the fault latch.
 */
public enum PlcState {
    /** No force applied, waiting for START. */
    IDLE,
    /** Force rising toward the setpoint at the ramp rate. */
    RAMPING,
    /** Within 0.5 % of the setpoint; the hold timer is counting. */
    HOLDING,
    /** Hold time elapsed (STEP_DONE=1); force still held and topped up until RELEASE. */
    DONE,
    /** Force falling to zero after RELEASE, STOP or a fault. */
    RELEASING;

    /** The number the contract publishes as {@code pressState}: 1 IDLE, 2 RAMPING, 3 HOLDING, 4 DONE, 5 RELEASING. */
    public int code() {
        return ordinal() + 1;
    }

    /** The state with this {@code pressState} number. */
    public static PlcState ofCode(int code) {
        if (code < 1 || code > values().length) {
            throw new IllegalArgumentException("unknown pressState " + code);
        }
        return values()[code - 1];
    }

    /** True while the hydraulics are building or holding force under the sequence's control. */
    public boolean pressing() {
        return this == RAMPING || this == HOLDING || this == DONE;
    }

    /** The RUNNING status bit: every state of a run, including its release. */
    public boolean running() {
        return this != IDLE;
    }
}
