package org.layerpress.application.alarms;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.layerpress.application.batch.AlarmPriority;
import org.layerpress.application.batch.AlarmState;

/**
 * One row of the station alarm history: a transition of one alarm, never changed once written.
 *
 * @param id the history's sequence number (0 before it is stored)
 * @param actor the login of who acted, or {@code station} for a condition or the clock
 * @param detail the alarm's message for RAISED, the reason for SHELVED, otherwise empty
 * @param batchId the batch open at the time, or empty
 */
public record StationAlarmEvent(long id, Instant at, String alarmKey, AlarmTransition transition, AlarmPriority priority, AlarmState stateAfter,
                                String actor, String detail, Optional<Instant> shelvedUntil, String batchId) {

    public static final String STATION = "station";

    public StationAlarmEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(alarmKey, "alarmKey");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(stateAfter, "stateAfter");
        actor = actor == null || actor.isBlank() ? STATION : actor;
        detail = detail == null ? "" : detail;
        shelvedUntil = shelvedUntil == null ? Optional.empty() : shelvedUntil;
        batchId = batchId == null ? "" : batchId;
    }
}
