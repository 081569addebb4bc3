package org.layerpress.application.batch;

import java.util.List;
import java.util.Map;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/** Acknowledging an alarm of the open batch (ISA-18.2): a batch event and an audit row, committed together. */
final class AlarmAcknowledgement {

    private final Authorizer authorizer;
    private final Auditor auditor;
    private final OpenBatch batch;

    AlarmAcknowledgement(Authorizer authorizer, Auditor auditor, OpenBatch batch) {
        this.authorizer = authorizer;
        this.auditor = auditor;
        this.batch = batch;
    }

    BatchRun acknowledge(Session session, String alarmId) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "acknowledge an alarm");
        synchronized (batch.lock()) {
            BatchRun run = batch.run();
            BatchAlarm alarm = run.alarms().stream().filter(a -> a.id().equals(alarmId)).findFirst()
                    .orElseThrow(() -> new BatchRefusedException("no alarm " + alarmId + " in " + run.batchId()));
            if (!alarm.state().unacknowledged()) {
                return run;
            }
            String batchId = run.batchId();
            AlarmState after = alarm.acknowledged(user.login()).state();
            String what = alarmId + " " + alarm.cause() + " (" + alarm.priority() + "): " + alarm.message() + " -> " + after;
            // The batch event and the audit row commit together: the acknowledgement is evidence in both records.
            return batch.append(List.of(batch.event(BatchEventKind.ALARM_ACKNOWLEDGED, alarm.step(), user.login(), Map.of(BatchRun.ALARM_ID, alarmId))),
                    null, () -> auditor.record(user, AuditActions.ALARM_ACKNOWLEDGED, AuditActions.ENTITY_BATCH, batchId, alarm.state().name(), what, ""));
        }
    }
}
