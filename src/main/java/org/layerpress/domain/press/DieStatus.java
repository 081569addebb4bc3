package org.layerpress.domain.press;

/**
 * Where a registered die stands. Only an IN_USE die may start a batch. RETIRED is final: a die is
 * retired, never deleted, so every batch record keeps naming a die the registry knows.
 */
public enum DieStatus {
    IN_USE,
    /** Away for regrinding or inspection; a Supervisor sets it back to IN_USE when it returns. */
    OUT_FOR_REPAIR,
    RETIRED
}
