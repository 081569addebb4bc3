package org.layerpress.application.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleSupplier;
import org.layerpress.application.mapping.VesselSpec;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.SessionManager;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.HoldCause;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.VesselStepValues;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The isostatic vessel's steps (docs/plc-interface.md section 12): PRESSURISE — gated by the lid
 * interlock like a press step by the door, written through {@link VesselSetpoints}, its hold started by
 * the first sample at target − band and timed by the HMI, ended after the recipe's hold — and
 * DEPRESSURISE — the vent rate and release written, ended once the PLC reads the vessel vented. The
 * hold's end starts the next DEPRESSURISE at once (the contract: the HMI ends the hold with release↑).
 * Link, e-stop, PLC faults and the lid unlocked under pressure hold the batch through the
 * {@link PressWatcher}, as for a press step.
 */
final class VesselControl {

    private static final Logger LOG = LoggerFactory.getLogger(VesselControl.class);

    /** How often the hold countdown is checked between samples. */
    static final Duration TICK = Duration.ofMillis(100);
    /** Why a step is refused while the lid is not locked, in words. */
    static final String LID_NOT_LOCKED = "lid not locked";
    /** Why a PRESSURISE is refused while the PLC reports the vessel's heater failed, in words. */
    static final String HEATER_FAULT = "vessel heater fault (vesselHeaterFault)";

    private final Authorizer authorizer;
    private final SessionManager sessions;
    private final OpenBatch batch;
    private final StepFlow flow;
    private final PressWatcher watcher;
    private final BatchWorker worker;
    private final PressPort port;
    private final LivePressState live;
    private final Optional<VesselSpec> vessel;
    /** The HMI's monotonic clock the hold is timed by; a simulated vessel whose time runs faster gets a clock as fast. */
    private volatile DoubleSupplier seconds = () -> System.nanoTime() / 1e9;

    VesselControl(Authorizer authorizer, SessionManager sessions, OpenBatch batch, StepFlow flow, PressWatcher watcher, BatchWorker worker,
                  PressPort port, LivePressState live, Optional<VesselSpec> vessel) {
        this.authorizer = authorizer;
        this.sessions = sessions;
        this.batch = batch;
        this.flow = flow;
        this.watcher = watcher;
        this.worker = worker;
        this.port = port;
        this.live = live;
        this.vessel = vessel;
    }

    void useProcessTime(DoubleSupplier processSeconds) {
        this.seconds = processSeconds;
    }

    /** Why Pressurise or Vent may not be started now, in words; empty when it may. */
    List<String> blockers() {
        synchronized (batch.lock()) {
            Optional<StepRun> current = batch.current().filter(r -> r.state() == BatchState.RUNNING).flatMap(BatchRun::currentStep);
            boolean vent = current.map(s -> s.step().kind() == StepKind.DEPRESSURISE).orElse(false);
            // A vent takes a vessel that is holding, when the PLC is not READY: venting needs no READY.
            List<String> out = new ArrayList<>(live.interlockBlockers(!vent));
            if (port.isMapped(StandardSignal.LID_LOCKED) && !live.isTrue(StandardSignal.LID_LOCKED)) {
                out.add(LID_NOT_LOCKED);
            }
            if (port.isMapped(StandardSignal.VESSEL_HEATER_FAULT) && live.isTrue(StandardSignal.VESSEL_HEATER_FAULT) && !vent) {
                out.add(HEATER_FAULT);
            }
            if (current.isEmpty() || !isVesselStep(current.get().step().kind()) || current.get().running() || watcher.busy()) {
                out.add("previous step not confirmed");
            }
            if (vessel.isEmpty()) {
                out.add("this station's mapping has no vessel section");
            }
            return out;
        }
    }

    static boolean isVesselStep(StepKind kind) {
        return kind == StepKind.PRESSURISE || kind == StepKind.DEPRESSURISE;
    }

    /** See {@link BatchSequencer#pressurise}. */
    BatchRun pressurise(Session session) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "pressurise the vessel");
        synchronized (batch.lock()) {
            requireUnblocked("Pressurise");
            StepRun step = flow.expect(StepKind.PRESSURISE);
            RecipeStep.Pressurise p = (RecipeStep.Pressurise) step.step();
            Map<String, String> values = new LinkedHashMap<>();
            values.put(BatchRun.PHASE, p.warm() ? "soaking" : "pressurising");
            values.put(VesselStepValues.TARGET_MPA, EvidenceNumbers.text(p.target().megaPascals()));
            values.put(VesselStepValues.BAND_MPA, EvidenceNumbers.text(p.band().megaPascals()));
            values.put(VesselStepValues.RATE_MPAPS, EvidenceNumbers.text(p.rate().megaPascalsPerSecond()));
            values.put(VesselStepValues.HOLD_S, EvidenceNumbers.text(p.hold().toMillis() / 1000.0));
            p.temperature().ifPresent(t -> values.put(VesselStepValues.TEMPERATURE_C, EvidenceNumbers.text(t.celsius())));
            p.temperatureBand().ifPresent(t -> values.put(VesselStepValues.TEMPERATURE_BAND_C, EvidenceNumbers.text(t.celsius())));
            if (p.warm()) {
                values.put(VesselStepValues.SOAK_S, EvidenceNumbers.text(p.soak().toMillis() / 1000.0));
            }
            start(user.login(), new VesselRun(step.number(), p, null), values);
            return batch.run();
        }
    }

    /** See {@link BatchSequencer#depressurise}. */
    BatchRun depressurise(Session session) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "vent the vessel");
        synchronized (batch.lock()) {
            requireUnblocked("Vent");
            StepRun step = flow.expect(StepKind.DEPRESSURISE);
            return vent(user.login(), step);
        }
    }

    private BatchRun vent(String actor, StepRun step) {
        RecipeStep.Depressurise d = (RecipeStep.Depressurise) step.step();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(BatchRun.PHASE, "venting");
        values.put(VesselStepValues.VENT_LIMIT_MPAPS, EvidenceNumbers.text(d.maxRate().megaPascalsPerSecond()));
        start(actor, new VesselRun(step.number(), null, d), values);
        return batch.run();
    }

    private void requireUnblocked(String what) {
        List<String> blocked = blockers();
        if (!blocked.isEmpty()) {
            throw new BatchRefusedException(what + " is blocked: " + String.join(", ", blocked));
        }
    }

    /**
     * Watches the step, then writes through the guard (under the lock). A refusal by the guard or the
     * PLC writes nothing more to the vessel and records why; the step stays active.
     */
    private void start(String actor, VesselRun run, Map<String, String> values) {
        VesselSetpoints setpoints = new VesselSetpoints(port, vessel.orElseThrow());
        Optional<PressSample> now = live.latest(StandardSignal.VESSEL_PRESSURE).filter(PressSample::good);
        run.seed(now.map(PressSample::value).orElse(Double.NaN), live.isTrue(StandardSignal.PRESSURE_RELEASED));
        PressWatch w = watcher.beginVessel(run);
        try {
            if (run.pressurise != null && run.soaking()) {
                // A warm step: the heater first; the pump starts once the medium has soaked in its band (tick).
                setpoints.heat(run.pressurise);
            } else if (run.pressurise != null) {
                setpoints.pressurise(run.pressurise);
            } else {
                setpoints.depressurise(run.depressurise);
            }
        } catch (BatchRefusedException e) {
            watcher.abandon(w);
            batch.append(List.of(batch.event(BatchEventKind.STEP_VALUE, run.step, actor, StepResultCodec.refused(e.getMessage()))), null);
            throw e;
        } catch (PressLinkException | RuntimeException e) {
            watcher.abandon(w);
            batch.append(List.of(batch.event(BatchEventKind.STEP_VALUE, run.step, StepFlow.STATION,
                    Map.of(BatchRun.PHASE, "", VesselStepValues.START_FAILED, String.valueOf(e.getMessage())))), null);
            String what = run.pressurise == null ? "release" : run.soaking() ? "heater setpoint" : "start";
            throw new BatchRefusedException("the vessel did not take the " + what + ": " + e.getMessage());
        }
        values.put(VesselStepValues.STARTED, "true");
        batch.append(List.of(batch.event(BatchEventKind.STEP_VALUE, run.step, actor, values)), null);
        sessions.bindToRunningStep(true);
        if (run.depressurise != null && run.vented()) {
            // Already vented (after a hold that vented it): nothing more will arrive to end the step.
            watcher.finish(w, this::vented);
        }
    }

    // ---------------------------------------------------------------- the adapter's threads

    /** A good vessel pressure sample of the watched step. */
    void onPressure(PressWatch w, PressSample s) {
        if (w.vessel.firstAboveTop(s.value())) {
            double megaPascals = s.value();
            worker.execute(() -> aboveTop(w, megaPascals));
        }
        switch (w.vessel.onPressure(s.value(), s.sourceTime(), seconds.getAsDouble())) {
            case HOLD_STARTED -> worker.execute(() -> holdStarted(w));
            case VENTED -> watcher.finish(w, this::vented);
            default -> {
                // still pressurising, holding or venting
            }
        }
    }

    /** {@code pressureReleased} of the watched step. */
    void onReleased(PressWatch w, PressSample s) {
        if (w.vessel.onReleased(s.asBoolean())) {
            watcher.finish(w, this::vented);
        }
    }

    // ---------------------------------------------------------------- the worker

    /** The hold has lasted the recipe's time: the PRESSURISE ends. */
    void tick() {
        PressWatch w = watcher.current();
        if (w == null || w.vessel == null || w.finished) {
            return;
        }
        double now = seconds.getAsDouble();
        if (w.vessel.soakDone(now)) {
            startPump(w);
        } else if (w.vessel.holdDone(now)) {
            watcher.finish(w, this::held);
        }
    }

    /**
     * The warm step's medium has soaked in its band: the pressure setpoints and start↑, through the guard
     * (under the lock). A write refused by the guard or the PLC holds the batch: the medium is hot and a
     * person decides.
     */
    private void startPump(PressWatch w) {
        synchronized (batch.lock()) {
            if (watcher.current() != w || w.finished || !batch.isOpen() || !w.vessel.soaking()) {
                return;
            }
            try {
                new VesselSetpoints(port, vessel.orElseThrow()).pressurise(w.vessel.pressurise);
            } catch (PressLinkException | RuntimeException e) {
                watcher.holdFor(w, HoldCause.VESSEL_SETPOINT_REFUSED, "the vessel did not take the pressure setpoints after the soak: " + e.getMessage());
                return;
            }
            w.vessel.pumpStarted();
            batch.append(List.of(batch.event(BatchEventKind.STEP_VALUE, w.step, StepFlow.STATION,
                    Map.of(BatchRun.PHASE, "pressurising", VesselStepValues.SOAKED_S, EvidenceNumbers.text(w.vessel.soakedSeconds())))), null);
        }
    }

    /** The step running on the vessel now, for the screen; read without the lock. */
    Optional<VesselProgress> progress() {
        PressWatch w = watcher.current();
        if (w == null || w.vessel == null || w.finished) {
            return Optional.empty();
        }
        VesselRun r = w.vessel;
        double p = r.pressure();
        OptionalDouble pressure = Double.isFinite(p) ? OptionalDouble.of(p) : OptionalDouble.empty();
        if (r.pressurise == null) {
            return Optional.of(new VesselProgress(r.step, true, Double.NaN, Double.NaN, Double.NaN, 0, OptionalDouble.empty(), pressure, null));
        }
        RecipeStep.Pressurise s = r.pressurise;
        OptionalDouble held = r.holding() ? OptionalDouble.of(r.heldSeconds(seconds.getAsDouble())) : OptionalDouble.empty();
        VesselProgress.Medium medium = s.warm()
                ? new VesselProgress.Medium(s.temperature().orElseThrow().celsius(), s.temperatureBand().map(t -> t.celsius()).orElse(0.0), r.temperature(),
                        r.soaking(), s.soak().toMillis() / 1000.0, r.soakedSeconds())
                : null;
        return Optional.of(new VesselProgress(r.step, false, s.target().megaPascals(), s.target().megaPascals() - s.band().megaPascals(),
                s.upperLimit().megaPascals(), s.hold().toMillis() / 1000.0, held, pressure, medium));
    }

    private void holdStarted(PressWatch w) {
        synchronized (batch.lock()) {
            if (watcher.current() != w || w.finished || !batch.isOpen()) {
                return;
            }
            batch.append(List.of(batch.event(BatchEventKind.STEP_VALUE, w.step, StepFlow.STATION,
                    Map.of(BatchRun.PHASE, "holding", VesselStepValues.HOLD_STARTED_AT, w.vessel.holdStartTime().toString()))), null);
        }
    }

    /**
     * The vessel pressure passed the band's top while pressurising: a HIGH alarm in words, live until
     * the step ends (the pump's regulation is the PLC's; its over-pressure trip, fault 4, is the guard).
     */
    private void aboveTop(PressWatch w, double megaPascals) {
        synchronized (batch.lock()) {
            if (watcher.current() != w || w.finished || !batch.isOpen()) {
                return;
            }
            BatchEvent raised = PressOutcomes.alarm(batch, w.step, AlarmPriority.HIGH, VesselStepValues.ABOVE_BAND_CAUSE, String.format(Locale.ROOT,
                    "vessel pressure %s MPa, above the band's top of %s MPa: the pump is not holding the setpoint; the PLC trips at the vessel's rating",
                    EvidenceNumbers.trimmed(megaPascals, 1), EvidenceNumbers.trimmed(w.vessel.pressurise.upperLimit().megaPascals(), 1)),
                    batch.run().alarms().size() + 1);
            batch.append(List.of(raised), null);
            w.vessel.aboveTopAlarmId = raised.value(BatchRun.ALARM_ID);
        }
    }

    /** Under the lock: the hold is over; the PRESSURISE ends and a DEPRESSURISE next starts at once. */
    private void held(PressWatch w) {
        VesselStepValues.Held h = w.vessel.held(seconds.getAsDouble());
        List<BatchEvent> out = new ArrayList<>();
        Map<String, String> confirmed = new LinkedHashMap<>(VesselStepValues.encode(h));
        Optional<VesselStepValues.WarmHold> warm = w.vessel.pressurise.warm() ? Optional.of(w.vessel.warmHold()) : Optional.empty();
        warm.ifPresent(m -> confirmed.putAll(VesselStepValues.encode(m)));
        out.add(batch.event(BatchEventKind.STEP_CONFIRMED, w.step, StepFlow.STATION, confirmed));
        if (w.vessel.aboveTopAlarmId != null) {
            out.add(batch.event(BatchEventKind.ALARM_CLEARED, w.step, StepFlow.STATION, Map.of(BatchRun.ALARM_ID, w.vessel.aboveTopAlarmId)));
        }
        if (h.belowBandSamples() > 0) {
            raisedAndCleared(out, w.step, "VESSEL_PRESSURE_BELOW_BAND", String.format(Locale.ROOT,
                    "vessel pressure down to %s MPa during the hold, below the band's bottom of %s MPa (%d samples)",
                    EvidenceNumbers.trimmed(h.minMegaPascals(), 1), EvidenceNumbers.trimmed(h.lowerMegaPascals(), 1), h.belowBandSamples()));
        }
        warm.filter(m -> m.outOfBandSamples() > 0).ifPresent(m -> raisedAndCleared(out, w.step, FlagKind.VESSEL_TEMPERATURE_OUT_OF_BAND.name(),
                String.format(Locale.ROOT, "vessel medium %s–%s °C during the hold, outside %s ± %s °C (%d samples)", EvidenceNumbers.trimmed(m.minCelsius().orElseThrow(), 1),
                        EvidenceNumbers.trimmed(m.maxCelsius().orElseThrow(), 1), EvidenceNumbers.trimmed(m.celsius(), 1), EvidenceNumbers.trimmed(m.bandCelsius(), 1),
                        m.outOfBandSamples())));
        flow.next(out, w.step, StepFlow.STATION, batch.now());
        BatchRun after = batch.closeIfComplete(batch.append(out, StepFlow.nextState(out)));
        Optional<StepRun> next = after.currentStep().filter(s -> after.state() == BatchState.RUNNING && s.step().kind() == StepKind.DEPRESSURISE);
        if (next.isEmpty()) {
            sessions.bindToRunningStep(false);
            return;
        }
        try {
            vent(StepFlow.STATION, next.get());
        } catch (BatchRefusedException e) {
            // The vessel keeps holding (the PLC's hold has no time limit); the operator vents from the Run page.
            LOG.warn("the vent after the hold of step {} did not start: {}", w.step, e.getMessage());
        }
    }

    /** Under the lock: the vessel reads vented; the DEPRESSURISE ends. */
    private void vented(PressWatch w) {
        Instant at = w.vessel.lastTime() != null ? w.vessel.lastTime() : batch.now();
        VesselStepValues.Vented v = w.vessel.vented(at);
        List<BatchEvent> out = new ArrayList<>();
        Map<String, String> confirmed = new LinkedHashMap<>(VesselStepValues.encode(v));
        if (vessel.map(VesselSpec::warm).orElse(false)) {
            confirmed.put(VesselStepValues.HEATER_OFF, heaterOff());
        }
        out.add(batch.event(BatchEventKind.STEP_CONFIRMED, w.step, StepFlow.STATION, confirmed));
        if (v.tooFast()) {
            raisedAndCleared(out, w.step, "DEPRESSURISED_TOO_FAST", String.format(Locale.ROOT,
                    "vented at up to %s MPa/s, faster than the recipe's %s MPa/s", EvidenceNumbers.trimmed(v.fastestMegaPascalsPerSecond().orElseThrow(), 2),
                    EvidenceNumbers.trimmed(v.limitMegaPascalsPerSecond(), 2)));
        }
        flow.next(out, w.step, StepFlow.STATION, batch.now());
        batch.closeIfComplete(batch.append(out, StepFlow.nextState(out)));
        sessions.bindToRunningStep(false);
    }

    /** Switches a warm vessel's heater off once it is vented; "written", or why not in words (the PLC keeps its own limit). */
    private String heaterOff() {
        try {
            VesselSetpoints.heaterOff(port);
            return "written";
        } catch (PressLinkException | RuntimeException e) {
            LOG.warn("the vessel heater was not switched off after the vent: {}", e.getMessage());
            return "not written: " + e.getMessage();
        }
    }

    /** An alarm for what the step's end found: raised and, the condition being over, returned at once to wait for acknowledgement. */
    private void raisedAndCleared(List<BatchEvent> out, int step, String cause, String message) {
        BatchEvent raised = PressOutcomes.alarm(batch, step, AlarmPriority.MEDIUM, cause, message, batch.run().alarms().size() + 1);
        out.add(raised);
        out.add(batch.event(BatchEventKind.ALARM_CLEARED, step, StepFlow.STATION, Map.of(BatchRun.ALARM_ID, raised.value(BatchRun.ALARM_ID))));
    }
}
