package org.layerpress.domain.batch;

/** A step waits, runs, and ends confirmed or with a deviation (recorded with its reason). */
public enum StepState {
    PENDING, ACTIVE, CONFIRMED, DEVIATED;

    public boolean done() {
        return this == CONFIRMED || this == DEVIATED;
    }
}
