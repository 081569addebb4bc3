package org.layerpress.application.alarms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.layerpress.application.batch.AlarmState;
import org.layerpress.application.batch.BatchAlarm;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.domain.batch.BatchState;

/**
 * The open batch's alarms as station conditions, keyed {@code BATCH/<batchId>/<alarmId>}: active while
 * the batch record has them active. When the batch ends its alarms' conditions end with it, and the
 * station keeps them until someone acknowledges them.
 *
 * <p>Not thread-safe: one caller (the station's alarm thread) at a time.
 */
public final class BatchAlarmConditions {

    public static final String PREFIX = "BATCH/";

    private final Set<String> active = new HashSet<>();

    /** The readings this snapshot of the batch changes (a finished batch clears all of its own). */
    public List<PressConditions.Reading> assess(BatchRun run) {
        boolean open = run.state() != BatchState.COMPLETE && run.state() != BatchState.ABORTED;
        List<PressConditions.Reading> out = new ArrayList<>();
        for (BatchAlarm a : run.alarms()) {
            String key = key(run.batchId(), a.id());
            boolean on = open && (a.state() == AlarmState.ACTIVE_UNACKNOWLEDGED || a.state() == AlarmState.ACTIVE_ACKNOWLEDGED);
            if (on ? active.add(key) : active.remove(key)) {
                out.add(new PressConditions.Reading(new AlarmCondition(key, a.priority(),
                        a.message() + " (batch " + run.batchId() + ", step " + a.step() + ")"), on));
            }
        }
        return out;
    }

    public static String key(String batchId, String alarmId) {
        return PREFIX + batchId.replaceAll("[^A-Za-z0-9_-]", "_").toUpperCase(java.util.Locale.ROOT) + "/" + alarmId.toUpperCase(java.util.Locale.ROOT);
    }
}
