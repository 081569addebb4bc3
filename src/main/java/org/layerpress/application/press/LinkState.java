package org.layerpress.application.press;

/** The HMI's view of its OPC UA link to the press PLC. */
public enum LinkState {
    /** First connection attempt, nothing received yet. */
    CONNECTING,
    /** Session active, subscriptions delivering data. */
    CONNECTED,
    /** The link just dropped; values on screen are stale. */
    LOST,
    /** Trying again after a loss or a failed attempt. */
    RECONNECTING,
    /** Stopped on purpose (shutdown). */
    CLOSED
}
