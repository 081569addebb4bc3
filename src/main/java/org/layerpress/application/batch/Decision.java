package org.layerpress.application.batch;

/** What the operator decides when resuming a HELD or INTERRUPTED batch (recorded with the RESUMED event). */
public enum Decision {
    /** Run the interrupted step again from its start (a press step is pressed again). */
    REPEAT_STEP,
    /** Go on: a press step that was cut short ends DEVIATED (its trace has a gap), the next step follows. */
    CONTINUE
}
