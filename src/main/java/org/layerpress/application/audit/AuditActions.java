package org.layerpress.application.audit;

/** The words the audit trail uses for what happened; stable, since reviewers filter on them. */
public final class AuditActions {

    public static final String USER_CREATED = "USER_CREATED";
    public static final String ROLES_CHANGED = "ROLES_CHANGED";
    public static final String PIN_RESET = "PIN_RESET";
    public static final String PIN_CHANGED = "PIN_CHANGED";
    public static final String USER_DISABLED = "USER_DISABLED";
    public static final String LOGIN = "LOGIN";
    /** A person chose another language for their screens at login (old and new tag; the record stays English). */
    public static final String LANGUAGE_CHANGED = "LANGUAGE_CHANGED";
    public static final String LOGIN_REFUSED = "LOGIN_REFUSED";
    public static final String PIN_REJECTED = "PIN_REJECTED";
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    public static final String LOGOUT = "LOGOUT";
    public static final String ACCESS_DENIED = "ACCESS_DENIED";
    public static final String KIOSK_EXIT = "KIOSK_EXIT";
    public static final String KIOSK_EXIT_REFUSED = "KIOSK_EXIT_REFUSED";
    public static final String SETTING_CHANGED = "SETTING_CHANGED";
    public static final String SIGNED = "SIGNED";
    /** A second person witnessed a value another entered (a weighed mass and lot). */
    public static final String STEP_WITNESSED = "STEP_WITNESSED";
    /** A witness was not accepted (unknown, the same person, or without the role); wrong PINs are PIN_REJECTED. */
    public static final String WITNESS_REFUSED = "WITNESS_REFUSED";
    /** An operator stopped a running press step (the PLC was told to STOP; the batch is HELD with the reason). */
    public static final String PRESS_STOPPED = "PRESS_STOPPED";
    /** An operator put a running batch on hold with a reason at a step where the press was not loaded (Hold…). */
    public static final String BATCH_HELD = "BATCH_HELD";
    public static final String ALARM_ACKNOWLEDGED = "ALARM_ACKNOWLEDGED";
    /** A station alarm changed state (raised, cleared, acknowledged, shelved, unshelved; docs/alarms.md). */
    public static final String STATION_ALARM = "STATION_ALARM";
    /** A person reset a latched PLC fault and the PLC cleared it. */
    public static final String PLC_FAULT_RESET = "PLC_FAULT_RESET";
    /** A reset of a PLC fault that did not clear it: refused by the HMI, not taken, or kept by the PLC (its cause still present). */
    public static final String PLC_FAULT_RESET_REFUSED = "PLC_FAULT_RESET_REFUSED";
    /** A trainer injected a fault into the simulated press (docs/training.md): what, and the batch open then if any. */
    public static final String TRAINING_FAULT = "TRAINING_FAULT";

    /** A die joined the registry (by a Supervisor, or seeded by the station from its start options). */
    public static final String DIE_ADDED = "DIE_ADDED";
    /** A Supervisor changed a die's bore, rated force, material, rated cycles or status. */
    public static final String DIE_CHANGED = "DIE_CHANGED";
    public static final String DIE_RETIRED = "DIE_RETIRED";
    /** A calibration certificate entered for an instrument (docs/calibration.md). */
    public static final String CALIBRATION_RECORDED = "CALIBRATION_RECORDED";
    /** The station compacted its database file at start-up, before/after size and time (docs/data-upkeep.md). */
    public static final String DATABASE_COMPACTED = "DATABASE_COMPACTED";
    /** A start-up compaction that failed and left the database as it was, and why. */
    public static final String DATABASE_COMPACTION_FAILED = "DATABASE_COMPACTION_FAILED";

    public static final String ENTITY_USER = "user";
    public static final String ENTITY_DIE = "die";
    public static final String ENTITY_CALIBRATION = "calibration";
    public static final String ENTITY_STATION = "station";
    public static final String ENTITY_BATCH = "batch";
    public static final String ENTITY_ALARM = "alarm";
    public static final String ENTITY_PRESS = "press";

    private AuditActions() {
    }
}
