package org.layerpress.application.press;

/** Who may reset a latched PLC fault from the HMI (the mapping's {@code faultResetBy}). */
public enum FaultResetBy {
    /** Supervisors only: the default, a fault is a reason to look at the press first. */
    SUPERVISOR,
    /** Operators as well, for presses whose faults the operator is trained to clear. */
    OPERATOR;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
