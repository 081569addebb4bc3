package org.layerpress.application.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.SessionManager;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.VesselStepValues;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * The way out of a HELD or INTERRUPTED batch: resume it (the step again, or on with the cut-short
 * step DEVIATED), or abort it with a reason.
 */
final class HoldRecovery {

    private final Authorizer authorizer;
    private final SessionManager sessions;
    private final OpenBatch batch;
    private final StepFlow flow;
    private final PressWatcher watcher;
    private final PlatenControl platens;
    private final PressPort port;
    private final LivePressState live;

    HoldRecovery(Authorizer authorizer, SessionManager sessions, OpenBatch batch, StepFlow flow, PressWatcher watcher, PlatenControl platens,
                 PressPort port, LivePressState live) {
        this.authorizer = authorizer;
        this.sessions = sessions;
        this.batch = batch;
        this.flow = flow;
        this.watcher = watcher;
        this.platens = platens;
        this.port = port;
        this.live = live;
    }

    /** See {@link BatchSequencer#resume(Session, Decision, String)}. */
    BatchRun resume(Session session, Decision decision, String reason) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "resume the batch");
        String why = StepConfirmations.within(InputLimits.REASON, reason);
        if (decision == Decision.CONTINUE && why.isEmpty()) {
            throw new BatchRefusedException("continuing needs a reason: tap one");
        }
        synchronized (batch.lock()) {
            BatchRun run = batch.run();
            if (run.state() != BatchState.HELD && run.state() != BatchState.INTERRUPTED) {
                throw new BatchRefusedException(run.batchId() + " is " + run.state() + ", not HELD or INTERRUPTED");
            }
            List<String> blocked = live.resumeBlockers();
            if (!blocked.isEmpty()) {
                throw new BatchRefusedException("cannot resume: " + String.join(", ", blocked));
            }
            boolean underForce = live.force().map(f -> f.kiloNewtons() >= BatchSequencer.RELEASED_KILONEWTONS).orElse(false);
            if (decision == Decision.REPEAT_STEP && underForce && !port.isMapped(StandardSignal.RELEASE)) {
                throw new BatchRefusedException("cannot repeat the step under force: open the press's release valve first");
            }
            if (decision == Decision.REPEAT_STEP && underForce) {
                try {
                    port.command(StandardSignal.RELEASE);
                } catch (PressLinkException e) {
                    throw new BatchRefusedException("the PLC did not take the release: " + e.getMessage());
                }
            }
            Instant now = batch.now();
            List<BatchEvent> out = new ArrayList<>();
            Map<String, String> resumed = new LinkedHashMap<>();
            resumed.put(BatchRun.DECISION, decision.name());
            resumed.put("gap.until", now.toString());
            resumed.put("from", run.state().name());
            if (!why.isEmpty()) {
                resumed.put(BatchRun.REASON, why);
            }
            out.add(batch.event(BatchEventKind.RESUMED, run.currentStep().map(StepRun::number).orElse(0), user.login(), resumed));
            for (BatchAlarm a : run.alarms()) {
                if (a.priority() == AlarmPriority.HIGH && (a.state() == AlarmState.ACTIVE_UNACKNOWLEDGED || a.state() == AlarmState.ACTIVE_ACKNOWLEDGED)) {
                    out.add(batch.event(BatchEventKind.ALARM_CLEARED, a.step(), StepFlow.STATION, Map.of(BatchRun.ALARM_ID, a.id())));
                }
            }
            Optional<StepRun> current = run.currentStep();
            if (current.isPresent()) {
                StepRun step = current.get();
                boolean started = StepResultCodec.pressStarted(step.values()).isPresent() || StepResultCodec.releaseStarted(step.values()).isPresent()
                        || StepResultCodec.heatStarted(step.values()).isPresent() || StepResultCodec.coolStarted(step.values()).isPresent()
                        || step.values().containsKey(VesselStepValues.STARTED);
                if (decision == Decision.REPEAT_STEP) {
                    out.add(StepFlow.activation(run.batchId(), now, step.number(), step.step(), user.login(), step.attempts() + 1));
                } else if (started) {
                    // The reason is the one the person chose; the finding says what the station saw.
                    out.add(batch.event(BatchEventKind.STEP_DEVIATED, step.number(), user.login(), Map.of(BatchRun.REASON, why,
                            BatchRun.FINDINGS, "step interrupted ("
                                    + (run.holdCause().isEmpty() ? run.state().name().toLowerCase(Locale.ROOT) : run.holdCause()) + "), trace has a gap")));
                    flow.next(out, step.number(), user.login(), now);
                }
            }
            return batch.append(out, StepFlow.nextState(out));
        }
    }

    /** See {@link BatchSequencer#abort}. */
    BatchRun abort(Session session, String reason) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "abort the batch");
        String why = StepConfirmations.within(InputLimits.REASON, reason);
        if (why.isEmpty()) {
            throw new BatchRefusedException("an abort needs a reason");
        }
        synchronized (batch.lock()) {
            BatchRun run = batch.run();
            platens.stop();
            try {
                // A warm vessel's heater goes off with the batch (best effort: a lost link leaves it to the PLC's own limit).
                VesselSetpoints.heaterOff(port);
            } catch (PressLinkException | RuntimeException e) {
                // The link is down: the heater keeps the recipe's setpoint, which the vessel's limit allowed.
            }
            if (watcher.stop() != null && port.isMapped(StandardSignal.STOP)) {
                try {
                    port.command(StandardSignal.STOP);
                } catch (PressLinkException e) {
                    // The link is down: the PLC's heartbeat watchdog releases the press.
                }
            }
            // Also between a press step and its release (no watch then, but the session is still bound).
            sessions.bindToRunningStep(false);
            BatchRun done = batch.append(List.of(batch.event(BatchEventKind.ABORTED, run.currentStep().map(StepRun::number).orElse(0), user.login(),
                    Map.of(BatchRun.REASON, why))), BatchState.ABORTED);
            batch.close();
            return done;
        }
    }
}
