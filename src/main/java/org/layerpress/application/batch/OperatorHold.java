package org.layerpress.application.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.HoldCause;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * "Hold…" on any step of a running batch: the operator puts it on hold with a reason they tapped.
 * A press step under way is stopped exactly as Stop on the press page stops it (the PLC is told to
 * STOP and releases; {@link PressControl#stopPress}), so a loaded ram is never left for the hold. A
 * running HEAT has its heaters switched off and is no longer watched, as an abort does, so a resume
 * repeats it or continues with it DEVIATED like any held step. A release or an isostatic vessel step
 * that is moving is refused in words: stopping either half-way leaves the pellet under load.
 */
final class OperatorHold {

    private final Authorizer authorizer;
    private final Auditor auditor;
    private final OpenBatch batch;
    private final PressWatcher watcher;
    private final PressControl press;
    private final PlatenControl platens;

    OperatorHold(Authorizer authorizer, Auditor auditor, OpenBatch batch, PressWatcher watcher, PressControl press, PlatenControl platens) {
        this.authorizer = authorizer;
        this.auditor = auditor;
        this.batch = batch;
        this.watcher = watcher;
        this.press = press;
        this.platens = platens;
    }

    /** See {@link BatchSequencer#hold}. */
    BatchRun hold(Session session, String reason) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "hold the batch");
        String why = StepConfirmations.within(InputLimits.REASON, reason);
        if (why.isEmpty()) {
            throw new BatchRefusedException("a hold needs a reason: tap one");
        }
        synchronized (batch.lock()) {
            BatchRun run = batch.run();
            if (run.state() != BatchState.RUNNING) {
                throw new BatchRefusedException(run.batchId() + " is " + run.state().name().toLowerCase(Locale.ROOT) + ": only a running batch is held");
            }
            PressWatch w = watcher.current();
            if (w != null && w.vessel == null && !w.release) {
                return press.stopPress(session, why); // the ram is loaded: the same stop, the same record
            }
            if (w != null) {
                throw new BatchRefusedException(w.release ? "the press is releasing: hold once the release step has ended"
                        : "the vessel step is running: hold once it has ended, or abort");
            }
            StepRun step = run.currentStep().orElseThrow(() -> new BatchRefusedException("no step is open to hold"));
            platens.stop();
            Map<String, String> held = new LinkedHashMap<>();
            held.put(BatchRun.CAUSE, "Held by " + user.fullName());
            held.put(BatchRun.CAUSE_KEY, HoldCause.OPERATOR_HOLD.key());
            held.put(BatchRun.REASON, why);
            String what = String.format(Locale.ROOT, "held at step %d (%s)", step.number(), step.step().title());
            return batch.append(List.of(batch.event(BatchEventKind.HELD, step.number(), user.login(), held)), BatchState.HELD,
                    () -> auditor.record(user, AuditActions.BATCH_HELD, AuditActions.ENTITY_BATCH, run.batchId(), "", what, why));
        }
    }
}
