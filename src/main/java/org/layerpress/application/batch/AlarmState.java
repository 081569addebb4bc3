package org.layerpress.application.batch;

/** ISA-18.2 alarm states (shelving left out for now). */
public enum AlarmState {
    ACTIVE_UNACKNOWLEDGED, ACTIVE_ACKNOWLEDGED, RETURNED_UNACKNOWLEDGED, NORMAL;

    public boolean unacknowledged() {
        return this == ACTIVE_UNACKNOWLEDGED || this == RETURNED_UNACKNOWLEDGED;
    }
}
