package org.layerpress.application.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.mapping.GaugeSpec;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.SessionManager;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.GaugeValues;
import org.layerpress.domain.batch.HoldCause;
import org.layerpress.domain.batch.StepResult.PressStarted;
import org.layerpress.domain.batch.StepResult.ReleaseStarted;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.press.PressLimits;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * Commands to the press: Start of a PRESS step — gated (blockers in words) and limited (no
 * setpoint above the press, the die or the recipe, {@link PressLimits}) — the RELEASE, and a
 * person's Stop of a running press step. Start and release hand the step to the {@link PressWatcher};
 * Stop takes it back. The PLC stays the safety system (docs/architecture.md#safety-philosophy).
 */
final class PressControl {

    private final AtmosphereGate atmosphere;
    private final Authorizer authorizer;
    private final Auditor auditor;
    private final SessionManager sessions;
    private final OpenBatch batch;
    private final StepFlow flow;
    private final PressWatcher watcher;
    private final PressPort port;
    private final LivePressState live;
    private final PressProfile press;
    private final CoolGate coolGate;
    /** A manual pump press: the operator pumps and releases by hand; nothing is written to the press. */
    private final boolean manual;
    /** A manual pump press with a gauge only: the operator types the gauge's readings in and confirms the release valve open. */
    private final Optional<GaugeSpec> gauge;

    PressControl(Authorizer authorizer, Auditor auditor, SessionManager sessions, OpenBatch batch, StepFlow flow, PressWatcher watcher,
                 PressPort port, LivePressState live, PressProfile press, CoolGate coolGate, AtmosphereGate atmosphere, boolean manual,
                 Optional<GaugeSpec> gauge) {
        this.atmosphere = atmosphere;
        this.manual = manual;
        this.gauge = gauge;
        this.authorizer = authorizer;
        this.auditor = auditor;
        this.sessions = sessions;
        this.batch = batch;
        this.flow = flow;
        this.watcher = watcher;
        this.port = port;
        this.live = live;
        this.press = press;
        this.coolGate = coolGate;
    }

    /** Why Start may not be pressed now, in words; empty when it may. */
    List<String> pressBlockers() {
        synchronized (batch.lock()) {
            return blockers();
        }
    }

    private List<String> blockers() {
        // A hand pump's I/O has no READY: nothing there would take a start.
        List<String> out = new ArrayList<>(live.interlockBlockers(!manual));
        Optional<BatchRun> run = batch.current();
        Optional<StepRun> current = run.flatMap(BatchRun::currentStep);
        current.filter(s -> s.step().kind() == StepKind.PRESS).flatMap(atmosphere::blocker).ifPresent(out::add);
        if (run.isEmpty() || run.get().state() != BatchState.RUNNING || current.isEmpty()
                || current.get().step().kind() != StepKind.PRESS || current.get().running()) {
            out.add("previous step not confirmed");
        }
        return out;
    }

    /** See {@link BatchSequencer#startPress}. */
    BatchRun startPress(Session session) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "start pressing");
        synchronized (batch.lock()) {
            List<String> blocked = blockers();
            if (!blocked.isEmpty()) {
                throw new BatchRefusedException("Start is blocked: " + String.join(", ", blocked));
            }
            StepRun step = flow.expect(StepKind.PRESS);
            RecipeStep.Press p = (RecipeStep.Press) step.step();
            Map<String, String> atmosphereNow = atmosphere.check(step);
            Die die = batch.die();
            PressLimits limits = PressLimits.of(press, die);
            Force setpoint = limits.forceFor(p.target());
            double rate = manual ? 0 : limits.forceRateFor(p.ramp());
            double hold = p.hold().toMillis() / 1000.0;
            List<PressLimits.Breach> broken = limits.breachedByStart(setpoint, rate, batch.recipe().die(), p.upperLimit());
            if (!broken.isEmpty()) {
                String why = String.format(Locale.ROOT, "setpoint %.2f kN (%s MPa in the %s mm die) refused: %s", setpoint.kiloNewtons(),
                        num(p.target().megaPascals()), num(die.bore().millimetres()),
                        String.join("; ", broken.stream().map(PressLimits.Breach::words).toList()));
                batch.append(List.of(batch.event(BatchEventKind.STEP_VALUE, step.number(), user.login(), StepResultCodec.refused(why))), null);
                throw new BatchRefusedException(why);
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put(BatchRun.PHASE, manual ? "pumping" : "pressing");
            values.putAll(StepResultCodec.encode(new PressStarted(setpoint.kiloNewtons(), p.target().megaPascals(), rate, hold,
                    die.areaSquareMillimetres())));
            if (manual) {
                values.put(StepResultCodec.MANUAL, "true");
                values.put(StepResultCodec.PUMPED_BY, user.login());
                values.put(StepResultCodec.PUMPED_BY_NAME, user.fullName());
            }
            gauge.ifPresent(g -> {
                // No transducer: the record says so at once, so nothing of this step is ever read as a measured curve.
                values.put(GaugeValues.TRACE, GaugeValues.MANUAL);
                values.put(GaugeValues.UNIT, g.unit());
                values.put(GaugeValues.KN_PER_UNIT, EvidenceNumbers.exact(g.kiloNewtonsPerUnit()));
            });
            values.putAll(atmosphereNow);
            PressWatch w = begin(step.number(), false, p);
            if (w.platens != null) {
                // A steady platen sends nothing new during the hold: its value now is the one in force (unread: NaN).
                for (StandardSignal platen : List.of(StandardSignal.PLATEN_TEMPERATURE_TOP, StandardSignal.PLATEN_TEMPERATURE_BOTTOM)) {
                    live.latest(platen).ifPresent(x -> w.platens.add(platen, x.sourceTime(), x.good() ? x.value() : Double.NaN));
                }
            }
            batch.append(List.of(batch.event(BatchEventKind.STEP_VALUE, step.number(), user.login(), values)), null);
            if (manual) {
                // The operator pumps; the watcher times the hold from the transducer.
                sessions.bindToRunningStep(true);
                return batch.run();
            }
            try {
                port.write(StandardSignal.SETPOINT_FORCE, setpoint.kiloNewtons());
                port.write(StandardSignal.RAMP_RATE, rate);
                port.write(StandardSignal.HOLD_TIME, hold);
                port.command(StandardSignal.START);
            } catch (PressLinkException | RuntimeException e) {
                watcher.abandon(w);
                batch.append(List.of(batch.event(BatchEventKind.STEP_VALUE, step.number(), StepFlow.STATION,
                        Map.of(BatchRun.PHASE, "", StepResultCodec.START_FAILED, String.valueOf(e.getMessage())))), null);
                throw new BatchRefusedException("the press did not take the start: " + e.getMessage());
            }
            sessions.bindToRunningStep(true);
            return batch.run();
        }
    }

    /** See {@link BatchSequencer#release}. */
    BatchRun release(Session session) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "release the pressure");
        synchronized (batch.lock()) {
            if (live.link().state() != LinkState.CONNECTED) {
                throw new BatchRefusedException("PLC link not connected");
            }
            StepRun step = flow.expect(StepKind.RELEASE);
            if (step.running()) {
                throw new BatchRefusedException("the release is already running");
            }
            coolGate.require(step);
            if (gauge.isPresent()) {
                // No transducer sees the pressure go: the operator's confirmation that the release valve is open ends the step.
                BatchRun after = flow.finish(user.login(), step.number(), BatchEventKind.STEP_CONFIRMED,
                        Map.of(GaugeValues.RELEASE_VALVE_CONFIRMED_BY, user.login()));
                sessions.bindToRunningStep(false);
                return after;
            }
            PressWatch w = begin(step.number(), true, null);
            Map<String, String> values = new LinkedHashMap<>();
            values.put(BatchRun.PHASE, "releasing");
            values.putAll(StepResultCodec.encode(new ReleaseStarted(w.position, w.force)));
            batch.append(List.of(batch.event(BatchEventKind.STEP_VALUE, step.number(), user.login(), values)), null);
            try {
                if (!manual) {
                    port.command(StandardSignal.RELEASE);
                }
            } catch (PressLinkException | RuntimeException e) {
                watcher.abandon(w);
                batch.append(List.of(batch.event(BatchEventKind.STEP_VALUE, step.number(), StepFlow.STATION,
                        Map.of(BatchRun.PHASE, "", StepResultCodec.RELEASE_FAILED, String.valueOf(e.getMessage())))), null);
                throw new BatchRefusedException("the press did not take the release: " + e.getMessage());
            }
            if (live.force().map(f -> f.kiloNewtons() < BatchSequencer.RELEASED_KILONEWTONS).orElse(false)) {
                watcher.releaseDone(w);
            }
            return batch.run();
        }
    }

    /** See {@link BatchSequencer#stopPress}. */
    BatchRun stopPress(Session session, String reason) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "stop the press");
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BatchRefusedException("a stop needs a reason: tap one");
        }
        synchronized (batch.lock()) {
            BatchRun run = batch.run();
            PressWatch w = watcher.current();
            if (run.state() != BatchState.RUNNING || w == null || w.release) {
                throw new BatchRefusedException("no press step is running");
            }
            try {
                if (!manual) {
                    port.command(StandardSignal.STOP);
                }
            } catch (PressLinkException | RuntimeException e) {
                // Still watched: a lost link holds the step on its own, and the PLC's heartbeat watchdog stops the press.
                throw new BatchRefusedException("the PLC did not take the stop (" + e.getMessage() + "); if the press must stop now, use the e-stop");
            }
            double force = w.force;
            watcher.stopDrained(w);
            String cause = "Stopped by " + user.fullName();
            Map<String, String> held = new LinkedHashMap<>();
            held.put(BatchRun.CAUSE, cause);
            held.put(BatchRun.CAUSE_KEY, HoldCause.OPERATOR_STOP.key());
            held.put(BatchRun.REASON, why);
            StepRun step = run.step(w.step);
            String what = String.format(Locale.ROOT, "step %d (%s) stopped at %s kN", step.number(), step.step().title(), num(force));
            BatchRun after = batch.append(List.of(batch.event(BatchEventKind.HELD, w.step, user.login(), held)), BatchState.HELD,
                    () -> auditor.record(user, AuditActions.PRESS_STOPPED, AuditActions.ENTITY_BATCH, run.batchId(), "", what, why));
            sessions.bindToRunningStep(false);
            return after;
        }
    }

    /** Watches the step from the force and position the press reports now. */
    private PressWatch begin(int step, boolean release, RecipeStep.Press p) {
        if (gauge.isPresent() && !release) {
            return watcher.begin(step, p, new GaugeHold(step, p, batch.die().spec(), gauge.get(), press.capacity().kiloNewtons()));
        }
        ManualHold hold = manual && !release ? new ManualHold(step, p, batch.die().spec()) : null;
        return watcher.begin(step, release, p, live.latest(StandardSignal.FORCE).filter(PressSample::good).map(PressSample::value).orElse(0.0),
                live.latest(StandardSignal.RAM_POSITION).filter(PressSample::good).map(PressSample::value).orElse(0.0), hold);
    }

    private static String num(double v) {
        return EvidenceNumbers.text(v);
    }
}
