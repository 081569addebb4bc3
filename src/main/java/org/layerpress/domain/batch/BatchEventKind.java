package org.layerpress.domain.batch;

/**
 * What can happen to a batch. A batch record is the ordered list of its events (append-only);
 * its state and every step's state are read back from them, after a crash too.
 */
public enum BatchEventKind {
    /** The batch started: payload holds the frozen control recipe (recipe file text) and its hash. */
    STARTED,
    STEP_ACTIVATED,
    /** An operator confirmed a step; payload holds the values (mass, lot, die id, answers…). */
    STEP_CONFIRMED,
    /** A step ended outside its limits; payload holds what and why, and the reason given. */
    STEP_DEVIATED,
    /** A value recorded during a step without ending it (setpoints written, press start, springback…). */
    STEP_VALUE,
    HELD,
    RESUMED,
    INTERRUPTED,
    ALARM_RAISED,
    ALARM_ACKNOWLEDGED,
    ALARM_CLEARED,
    /** A stretch with no trace samples (link loss, a ring read too late, bad data), recorded explicitly with the samples lost. */
    TRACE_GAP,
    /** Someone reset a latched PLC fault during the batch: who, the fault in words, and whether the PLC cleared it. */
    PLC_FAULT_RESET,
    /**
     * A trainer injected a fault into the simulated press (door, e-stop, leak, link drop …) while the batch
     * was open: who, the fault in words and what the operator should then see, so QA can tell a trained
     * fault from a real one.
     */
    TRAINING_FAULT,
    COMPLETED,
    ABORTED
}
