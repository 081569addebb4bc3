package org.layerpress.sim;

/**
 * A clause of the PLC contract (docs/plc-interface.md) the simulator can be told to break, so the
 * conformance check ({@code layerpress probe --conformance}) and the HMI's own watchdogs can be
 * shown to catch a PLC that gets it wrong. None is on unless a test or a training set-up asks. The
 * simulated isostatic vessel ({@link IsostaticVesselPlc}) breaks {@link #SETPOINTS_READ_LIVE} (its
 * vessel pressure setpoint) and {@link #RESET_IGNORED}; {@link #PLC_ALIVE_STUCK} is the simulator's,
 * for every program.
 */
public enum ContractDeviation {
    /** Setpoint, ramp rate and hold time are read every scan instead of latched at START (breaks T17). */
    SETPOINTS_READ_LIVE,
    /** {@code plcAlive} stops counting while the PLC scans on (a PLC whose alive counter is wired wrong). */
    PLC_ALIVE_STUCK,
    /** RESET never clears a latched fault (breaks T14). */
    RESET_IGNORED,
    /** RELEASE or STOP in IDLE clears a latched fault, as older PLC programs did (breaks T16). */
    RELEASE_ACKNOWLEDGES_FAULTS,
    /** The trace ring's {@code count} stops advancing and no samples are written. */
    TRACE_COUNT_STUCK,
    /** The trace arrays are served one element shorter than the mapping's {@code length}. */
    TRACE_WRONG_LENGTH,
    /** The HMI heartbeat watchdog is off: a silent HMI neither blocks START nor stops a cycle (breaks T3, T11). */
    HEARTBEAT_WATCHDOG_OFF
}
