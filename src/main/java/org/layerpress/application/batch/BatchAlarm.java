package org.layerpress.application.batch;

import java.time.Instant;

/**
 * One alarm of a batch as read back from its events (ALARM_RAISED, ALARM_ACKNOWLEDGED, ALARM_CLEARED).
 *
 * @param id unique within the batch, e.g. {@code A3}
 * @param cause a stable key (DOOR_OPENED, LINK_LOST, DECAY_LEAK…) the screens pick an icon by
 */
public record BatchAlarm(String id, int step, AlarmPriority priority, String cause, String message, AlarmState state,
                         Instant raisedAt, String acknowledgedBy) {

    BatchAlarm acknowledged(String by) {
        AlarmState next = switch (state) {
            case ACTIVE_UNACKNOWLEDGED -> AlarmState.ACTIVE_ACKNOWLEDGED;
            case RETURNED_UNACKNOWLEDGED -> AlarmState.NORMAL;
            default -> state;
        };
        return new BatchAlarm(id, step, priority, cause, message, next, raisedAt, by);
    }

    BatchAlarm cleared() {
        AlarmState next = switch (state) {
            case ACTIVE_UNACKNOWLEDGED -> AlarmState.RETURNED_UNACKNOWLEDGED;
            case ACTIVE_ACKNOWLEDGED -> AlarmState.NORMAL;
            default -> state;
        };
        return new BatchAlarm(id, step, priority, cause, message, next, raisedAt, acknowledgedBy);
    }
}
