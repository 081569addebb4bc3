package org.layerpress.application.alarms;

import java.time.Instant;
import java.util.Optional;
import org.layerpress.application.batch.AlarmPriority;
import org.layerpress.application.batch.AlarmState;

/**
 * A station alarm as it stands now.
 *
 * @param raisedAt when its condition last became active
 * @param batchId the batch open when it was raised, or empty
 * @param acknowledgedBy login of who acknowledged it since it was last raised, or empty
 * @param shelvedUntil while shelved: when the station clock unshelves it
 */
public record StationAlarm(String key, AlarmPriority priority, String message, AlarmState state, Instant raisedAt, String batchId,
                           String acknowledgedBy, Optional<Instant> shelvedUntil, String shelvedBy) {

    public boolean shelved() {
        return shelvedUntil.isPresent();
    }

    /** Shown in the banner: not acknowledged and not shelved. */
    public boolean needsAttention() {
        return state.unacknowledged() && !shelved();
    }

    StationAlarm with(AlarmState next) {
        return new StationAlarm(key, priority, message, next, raisedAt, batchId, acknowledgedBy, shelvedUntil, shelvedBy);
    }

    StationAlarm acknowledgedBy(String login) {
        return new StationAlarm(key, priority, message, next(AlarmTransition.ACKNOWLEDGED), raisedAt, batchId, login, shelvedUntil, shelvedBy);
    }

    StationAlarm shelved(Instant until, String by) {
        return new StationAlarm(key, priority, message, state, raisedAt, batchId, acknowledgedBy, Optional.of(until), by);
    }

    StationAlarm unshelved() {
        return new StationAlarm(key, priority, message, state, raisedAt, batchId, acknowledgedBy, Optional.empty(), "");
    }

    /** The ISA-18.2 state after a transition; the condition drives RAISED and CLEARED, a person ACKNOWLEDGED. */
    AlarmState next(AlarmTransition t) {
        return switch (t) {
            case RAISED -> AlarmState.ACTIVE_UNACKNOWLEDGED;
            case CLEARED -> state == AlarmState.ACTIVE_ACKNOWLEDGED ? AlarmState.NORMAL
                    : state == AlarmState.ACTIVE_UNACKNOWLEDGED ? AlarmState.RETURNED_UNACKNOWLEDGED : state;
            case ACKNOWLEDGED -> state == AlarmState.ACTIVE_UNACKNOWLEDGED ? AlarmState.ACTIVE_ACKNOWLEDGED
                    : state == AlarmState.RETURNED_UNACKNOWLEDGED ? AlarmState.NORMAL : state;
            case SHELVED, UNSHELVED -> state;
        };
    }

    static StationAlarm raised(AlarmCondition c, Instant at, String batchId) {
        return new StationAlarm(c.key(), c.priority(), c.message(), AlarmState.ACTIVE_UNACKNOWLEDGED, at, batchId, "", Optional.empty(), "");
    }
}
