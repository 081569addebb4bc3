package org.layerpress.application.batch;

/**
 * Asked before a batch starts, after the person's right to start one is checked and before anything
 * is written: throws {@link BatchRefusedException} in words to refuse the start (e.g. too little disk
 * space to record it, docs/data-upkeep.md).
 */
@FunctionalInterface
public interface BatchStartGate {

    /** Lets every start through. */
    BatchStartGate OPEN = () -> { };

    void beforeStart();
}
