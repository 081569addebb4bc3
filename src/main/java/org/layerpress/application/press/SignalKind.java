package org.layerpress.application.press;

/** How a logical signal is used between HMI and PLC. */
public enum SignalKind {
    /** PLC → HMI measurement or status; subscribed. */
    INPUT,
    /** HMI → PLC value (setpoints, heartbeat); written. */
    SETPOINT,
    /** HMI → PLC edge-triggered command (boolean pulse or OPC UA method). */
    COMMAND
}
