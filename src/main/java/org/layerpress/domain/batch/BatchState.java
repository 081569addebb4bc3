package org.layerpress.domain.batch;

/** ISA-88 in small: a batch runs, may be held, and ends complete or aborted; INTERRUPTED is found running after a restart. */
public enum BatchState {
    RUNNING, HELD, COMPLETE, ABORTED, INTERRUPTED;

    public boolean finished() {
        return this == COMPLETE || this == ABORTED;
    }
}
