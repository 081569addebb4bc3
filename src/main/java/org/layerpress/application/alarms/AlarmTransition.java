package org.layerpress.application.alarms;

/** What happened to a station alarm; one row of its history each. */
public enum AlarmTransition {
    /** The condition became active (from NORMAL, or again while RETURNED_UNACKNOWLEDGED). */
    RAISED,
    /** The condition cleared by itself. */
    CLEARED,
    /** A person acknowledged it. */
    ACKNOWLEDGED,
    /** A Supervisor or Admin shelved it for a while, with a reason. */
    SHELVED,
    /** The shelving ran out on the station clock. */
    UNSHELVED
}
