package org.layerpress.application.alarms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.layerpress.application.batch.AlarmState;
import org.layerpress.application.batch.BatchAlarm;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.domain.batch.BatchState;

/**
 * The open batch's alarms as station conditions, keyed {@code BATCH/<batchId>/<alarmId>}. An alarm is
 * raised when the batch record raises it. It clears when its cause is seen gone (the door closed, the
 * link back…), as {@code causePresent} tells, even while the record still holds it until the batch is
 * resumed; once cleared so, it is not raised again for that alarm (the press's own conditions and the
 * batch's next alarm say so if the cause comes back). An alarm whose cause cannot be seen clears when
 * the record no longer has it active. When the batch ends its alarms' conditions end with it, and the
 * station keeps them until someone acknowledges them.
 *
 * <p>Not thread-safe: one caller (the station's alarm thread) at a time.
 */
public final class BatchAlarmConditions {

    public static final String PREFIX = "BATCH/";

    private final Function<String, Optional<Boolean>> causePresent;
    private final Set<String> active = new HashSet<>();
    /** Alarms whose cause was seen gone while the record still had them active. */
    private final Set<String> returned = new HashSet<>();

    /** @param causePresent for a batch alarm's cause: true while there, false once seen gone, empty when it cannot be seen */
    public BatchAlarmConditions(Function<String, Optional<Boolean>> causePresent) {
        this.causePresent = causePresent;
    }

    /** The readings this snapshot of the batch, and what is seen of the causes now, change (a finished batch clears all of its own). */
    public List<PressConditions.Reading> assess(BatchRun run) {
        boolean open = run.state() != BatchState.COMPLETE && run.state() != BatchState.ABORTED;
        List<PressConditions.Reading> out = new ArrayList<>();
        for (BatchAlarm a : run.alarms()) {
            String key = key(run.batchId(), a.id());
            AlarmCondition condition = new AlarmCondition(key, a.priority(), a.message() + " (batch " + run.batchId() + ", step " + a.step() + ")");
            boolean inRecord = open && (a.state() == AlarmState.ACTIVE_UNACKNOWLEDGED || a.state() == AlarmState.ACTIVE_ACKNOWLEDGED);
            if (!inRecord) {
                returned.remove(key);
                if (active.remove(key)) {
                    out.add(new PressConditions.Reading(condition, false));
                }
                continue;
            }
            if (returned.contains(key)) {
                continue;
            }
            if (active.add(key)) {
                out.add(new PressConditions.Reading(condition, true));
            }
            if (causePresent.apply(a.cause()).filter(present -> !present).isPresent()) {
                active.remove(key);
                returned.add(key);
                out.add(new PressConditions.Reading(condition, false));
            }
        }
        return out;
    }

    public static String key(String batchId, String alarmId) {
        return PREFIX + batchId.replaceAll("[^A-Za-z0-9_-]", "_").toUpperCase(java.util.Locale.ROOT) + "/" + alarmId.toUpperCase(java.util.Locale.ROOT);
    }
}
