package org.layerpress.application.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.SessionManager;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
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
 * setpoint above the press, the die or the recipe, {@link PressLimits}) — and the RELEASE. Both
 * hand the step to the {@link PressWatcher}; the PLC stays the safety system (docs/architecture.md#safety-philosophy).
 */
final class PressControl {

    private final Authorizer authorizer;
    private final SessionManager sessions;
    private final OpenBatch batch;
    private final StepFlow flow;
    private final PressWatcher watcher;
    private final PressPort port;
    private final LivePressState live;
    private final PressProfile press;

    PressControl(Authorizer authorizer, SessionManager sessions, OpenBatch batch, StepFlow flow, PressWatcher watcher, PressPort port,
                 LivePressState live, PressProfile press) {
        this.authorizer = authorizer;
        this.sessions = sessions;
        this.batch = batch;
        this.flow = flow;
        this.watcher = watcher;
        this.port = port;
        this.live = live;
        this.press = press;
    }

    /** Why Start may not be pressed now, in words; empty when it may. */
    List<String> pressBlockers() {
        synchronized (batch.lock()) {
            return blockers();
        }
    }

    private List<String> blockers() {
        List<String> out = new ArrayList<>(live.interlockBlockers(true));
        Optional<BatchRun> run = batch.current();
        Optional<StepRun> current = run.flatMap(BatchRun::currentStep);
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
            Die die = batch.die();
            PressLimits limits = PressLimits.of(press, die);
            Force setpoint = limits.forceFor(p.target());
            double rate = limits.forceRateFor(p.ramp());
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
            values.put(BatchRun.PHASE, "pressing");
            values.putAll(StepResultCodec.encode(new PressStarted(setpoint.kiloNewtons(), p.target().megaPascals(), rate, hold,
                    die.areaSquareMillimetres())));
            PressWatch w = begin(step.number(), false, p);
            batch.append(List.of(batch.event(BatchEventKind.STEP_VALUE, step.number(), user.login(), values)), null);
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
            PressWatch w = begin(step.number(), true, null);
            Map<String, String> values = new LinkedHashMap<>();
            values.put(BatchRun.PHASE, "releasing");
            values.putAll(StepResultCodec.encode(new ReleaseStarted(w.position, w.force)));
            batch.append(List.of(batch.event(BatchEventKind.STEP_VALUE, step.number(), user.login(), values)), null);
            try {
                port.command(StandardSignal.RELEASE);
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

    /** Watches the step from the force and position the press reports now. */
    private PressWatch begin(int step, boolean release, RecipeStep.Press p) {
        return watcher.begin(step, release, p, live.latest(StandardSignal.FORCE).filter(PressSample::good).map(PressSample::value).orElse(0.0),
                live.latest(StandardSignal.RAM_POSITION).filter(PressSample::good).map(PressSample::value).orElse(0.0));
    }

    private static String num(double v) {
        return EvidenceNumbers.text(v);
    }
}
