package org.layerpress.application.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleSupplier;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.HoldCause;
import org.layerpress.domain.batch.StepResult;
import org.layerpress.domain.batch.StepResult.CoolStarted;
import org.layerpress.domain.batch.StepResult.Cooled;
import org.layerpress.domain.batch.StepResult.HeatStarted;
import org.layerpress.domain.batch.StepResult.Heated;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeValidator;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.units.Temperature;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * HEAT and COOL steps: the operator starts them, the sequencer writes the platen setpoint (a HEAT's
 * ramped toward the recipe's setpoint, never past it or the station's platen limit), watches both
 * platens on the worker, and ends the step itself — a HEAT once both have stayed in band for the
 * soak without a break, a COOL once both are at or below its limit. A heater fault, an open
 * thermocouple, a lost link or a setpoint the PLC does not take holds the batch with an alarm.
 */
final class PlatenControl {

    /** How often the worker ramps the setpoint and reads the platens: the soak is timed to this. */
    static final Duration TICK = Duration.ofMillis(200);
    /** A COOL writes this: at or below ambient the PLC switches the heaters off (docs/plc-interface.md, section 10). */
    static final double HEATERS_OFF_C = 0;
    /** The ramp writes a new setpoint once it moved this far: finer steps only load the link. */
    static final double WRITE_STEP_C = 0.1;

    private final Authorizer authorizer;
    private final OpenBatch batch;
    private final StepFlow flow;
    private final PressPort port;
    private final LivePressState live;
    private final Optional<Temperature> pressLimit;
    /** Monotonic seconds the ramp and the soak are timed by; a simulated press whose time runs faster gets a faster one. */
    private volatile DoubleSupplier seconds = () -> System.nanoTime() / 1e9;
    /** The HEAT or COOL running now; written under the lock, read by the screens without it. */
    private volatile PlatenRun run;

    PlatenControl(Authorizer authorizer, OpenBatch batch, StepFlow flow, PressPort port, LivePressState live, Optional<Temperature> pressLimit) {
        this.authorizer = authorizer;
        this.batch = batch;
        this.flow = flow;
        this.port = port;
        this.live = live;
        this.pressLimit = pressLimit;
    }

    void useProcessTime(DoubleSupplier processSeconds) {
        this.seconds = processSeconds;
    }

    Optional<PlatenProgress> progress() {
        PlatenRun r = run;
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(r.heat != null
                ? new PlatenProgress(r.step, true, r.lastWritten, r.heat.setpoint().celsius(), OptionalDouble.of(r.heat.soak().toMillis() / 1000.0), r.soakedSeconds)
                : new PlatenProgress(r.step, false, r.lastWritten, r.cool.releaseBelow().celsius(), OptionalDouble.empty(), 0));
    }

    /** The hottest setpoint this station may write: the press's {@code platens.maxTemperature}, and never past the recipes' own limit. */
    double limitCelsius() {
        return Math.min(RecipeValidator.MAX_PLATEN_C, pressLimit.map(Temperature::celsius).orElse(0.0));
    }

    BatchRun heat(Session session) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "start heating");
        synchronized (batch.lock()) {
            StepRun step = startable(StepKind.HEAT);
            RecipeStep.Heat h = (RecipeStep.Heat) step.step();
            double limit = limitCelsius();
            if (h.setpoint().celsius() > limit) {
                String why = String.format(Locale.ROOT, "platen setpoint %s °C refused: above this press's platen limit of %s °C (platens.maxTemperature)",
                        num(h.setpoint().celsius()), num(limit));
                batch.append(List.of(batch.event(BatchEventKind.STEP_VALUE, step.number(), user.login(), StepResultCodec.refused(why))), null);
                throw new BatchRefusedException(why);
            }
            double[] now = readings("start heating");
            double t = seconds.getAsDouble();
            PlatenRun r = new PlatenRun(step.number(), h, null, t, Math.max(now[0], now[1]), Double.NaN);
            double first = r.rampedSetpoint(t);
            begin(user, r, first, "heating", new HeatStarted(h.setpoint().celsius(), h.rampCelsiusPerMinute(), h.band().celsius(),
                    h.soak().toMillis() / 1000.0, limit));
            return batch.run();
        }
    }

    BatchRun cool(Session session) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "start cooling");
        synchronized (batch.lock()) {
            StepRun step = startable(StepKind.COOL);
            RecipeStep.Cool c = (RecipeStep.Cool) step.step();
            double[] now = readings("start cooling");
            PlatenRun r = new PlatenRun(step.number(), null, c, seconds.getAsDouble(), Math.max(now[0], now[1]), Double.NaN);
            begin(user, r, HEATERS_OFF_C, "cooling", new CoolStarted(HEATERS_OFF_C, c.releaseBelow().celsius(), c.underLoad()));
            return batch.run();
        }
    }

    private StepRun startable(StepKind kind) {
        StepRun step = flow.expect(kind);
        if (step.running()) {
            throw new BatchRefusedException("step " + step.number() + " is already " + (kind == StepKind.HEAT ? "heating" : "cooling"));
        }
        if (live.link().state() != LinkState.CONNECTED) {
            throw new BatchRefusedException("PLC link not connected");
        }
        return step;
    }

    /** Records the start, then writes the first setpoint; a setpoint the PLC does not take ends the start, recorded, with nothing watched. */
    private void begin(User user, PlatenRun r, double setpoint, String phase, StepResult started) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(BatchRun.PHASE, phase);
        values.putAll(StepResultCodec.encode(started));
        batch.append(List.of(batch.event(BatchEventKind.STEP_VALUE, r.step, user.login(), values)), null);
        try {
            port.writeExactly(StandardSignal.PLATEN_TEMPERATURE_SETPOINT, setpoint);
        } catch (PressLinkException | RuntimeException e) {
            batch.append(List.of(batch.event(BatchEventKind.STEP_VALUE, r.step, StepFlow.STATION,
                    Map.of(BatchRun.PHASE, "", StepResultCodec.START_FAILED, String.valueOf(e.getMessage())))), null);
            throw new BatchRefusedException("the press did not take the platen setpoint: " + e.getMessage());
        }
        r.lastWritten = setpoint;
        run = r;
    }

    /** Both platens now, top then bottom; refused in words while either is unknown. */
    private double[] readings(String action) {
        List<String> unknown = PlatenReadings.unknown(live);
        if (!unknown.isEmpty()) {
            throw new BatchRefusedException("cannot " + action + ": " + String.join("; ", unknown));
        }
        return new double[] {PlatenReadings.top(live), PlatenReadings.bottom(live)};
    }

    // ---------------------------------------------------------------- the worker

    /** Every {@link #TICK} on the worker: ramp, watch and end the running HEAT or COOL. */
    void tick() {
        synchronized (batch.lock()) {
            PlatenRun r = run;
            if (r == null) {
                return;
            }
            Optional<BatchRun> open = batch.current();
            if (open.isEmpty() || open.get().state() != BatchState.RUNNING
                    || open.get().currentStep().map(StepRun::number).orElse(0) != r.step) {
                run = null;
                return;
            }
            String doing = r.heat != null ? "heating" : "cooling";
            if (live.link().state() != LinkState.CONNECTED) {
                hold(r, HoldCause.LINK_LOST, "PLC link lost while " + doing);
                return;
            }
            List<String> unknown = PlatenReadings.unknown(live);
            if (!unknown.isEmpty()) {
                hold(r, HoldCause.THERMOCOUPLE_OPEN, String.join("; ", unknown) + " while " + doing);
                return;
            }
            // A heater fault holds a COOL too: a failed circuit may be stuck on, and the PLC has said its platens are not trustworthy.
            if (live.latest(StandardSignal.HEATER_FAULT).filter(PressSample::good).map(PressSample::asBoolean).orElse(false)) {
                hold(r, HoldCause.HEATER_FAULT, "the PLC reports a platen heater fault (heaterFault) while " + doing);
                return;
            }
            double top = PlatenReadings.top(live);
            double bottom = PlatenReadings.bottom(live);
            if (r.heat != null) {
                heating(r, top, bottom, seconds.getAsDouble());
            } else if (top <= r.cool.releaseBelow().celsius() && bottom <= r.cool.releaseBelow().celsius()) {
                run = null;
                flow.finish(StepFlow.STATION, r.step, BatchEventKind.STEP_CONFIRMED,
                        StepResultCodec.encode(new Cooled(top, bottom, r.cool.releaseBelow().celsius())));
            }
        }
    }

    private void heating(PlatenRun r, double top, double bottom, double now) {
        double target = r.heat.setpoint().celsius();
        double setpoint = r.rampedSetpoint(now);
        if (Math.abs(setpoint - r.lastWritten) >= WRITE_STEP_C || (setpoint == target && r.lastWritten != target)) {
            try {
                port.writeExactly(StandardSignal.PLATEN_TEMPERATURE_SETPOINT, setpoint);
            } catch (PressLinkException | RuntimeException e) {
                hold(r, HoldCause.PLATEN_SETPOINT_REFUSED, "the PLC did not take the platen setpoint " + num(setpoint) + " °C: " + e.getMessage());
                return;
            }
            r.lastWritten = setpoint;
        }
        // The soak counts only once the ramp has reached the setpoint and both platens are in band; any break restarts it.
        if (r.lastWritten == target && r.heat.inBand(top) && r.heat.inBand(bottom)) {
            if (Double.isNaN(r.inBandSince)) {
                r.inBandSince = now;
            }
            r.soakedSeconds = now - r.inBandSince;
            if (r.soakedSeconds >= r.heat.soak().toMillis() / 1000.0) {
                run = null;
                flow.finish(StepFlow.STATION, r.step, BatchEventKind.STEP_CONFIRMED,
                        StepResultCodec.encode(new Heated(top, bottom, r.soakedSeconds, target)));
            }
        } else {
            r.inBandSince = Double.NaN;
            r.soakedSeconds = 0;
        }
    }

    /** HELD with a high alarm of the same cause, as a press step is held. */
    private void hold(PlatenRun r, HoldCause cause, String message) {
        run = null;
        List<BatchEvent> out = new ArrayList<>();
        out.add(batch.event(BatchEventKind.HELD, r.step, StepFlow.STATION, Map.of(BatchRun.CAUSE, message, BatchRun.CAUSE_KEY, cause.key())));
        out.add(PressOutcomes.alarm(batch, r.step, AlarmPriority.HIGH, cause.key(), message, batch.run().alarms().size() + 1));
        batch.append(out, BatchState.HELD);
    }

    /** An abort: nothing is watched any more, and a running HEAT's heaters are switched off (best effort: the PLC keeps its own limit). */
    void stop() {
        PlatenRun r = run;
        run = null;
        if (r != null && r.heat != null) {
            try {
                port.writeExactly(StandardSignal.PLATEN_TEMPERATURE_SETPOINT, HEATERS_OFF_C);
            } catch (PressLinkException | RuntimeException e) {
                // The link is down: the platens stay at the last setpoint, which the recipe allowed.
            }
        }
    }

    private static String num(double v) {
        return EvidenceNumbers.text(v);
    }

}
