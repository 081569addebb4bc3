package org.layerpress.domain.batch;

/** What a press trace can reveal (domain-notes.md, "What a trace can reveal"). */
public enum FindingKind {
    /** Pressure above target + band at any moment. */
    OVERSHOOT,
    /** Force above the die's rating, even briefly. */
    DIE_RATING_EXCEEDED,
    /** The setpoint (within the band) was never reached. */
    SETPOINT_NOT_REACHED,
    /** Pressure below target − band during the hold. */
    BELOW_BAND,
    /** Pressure fell during the hold more than the recipe allows while the ram stayed: a hydraulic leak. */
    DECAY_LEAK,
    /** Pressure fell during the hold more than allowed while the ram advanced: powder creep. */
    DECAY_CREEP
}
