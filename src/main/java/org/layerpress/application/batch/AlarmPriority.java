package org.layerpress.application.batch;

/** ISA-18.2 priority: how fast someone must act. */
public enum AlarmPriority {
    /** The run stopped (held): act now. */
    HIGH,
    /** The pellet is out of its limits (a deviation to review). */
    MEDIUM,
    LOW
}
