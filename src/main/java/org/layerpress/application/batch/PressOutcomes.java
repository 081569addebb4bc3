package org.layerpress.application.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.layerpress.application.dies.DieStore;
import org.layerpress.application.dies.DieUse;
import org.layerpress.application.files.MaterialTableFile;
import org.layerpress.application.users.SessionManager;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.Finding;
import org.layerpress.domain.batch.FindingKind;
import org.layerpress.domain.batch.GaugeReading;
import org.layerpress.domain.batch.GaugeValues;
import org.layerpress.domain.batch.StepResult.Noted;
import org.layerpress.domain.batch.StepResult.Pressed;
import org.layerpress.domain.batch.StepResult.ReleaseStarted;
import org.layerpress.domain.batch.StepResult.Released;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.Trace;
import org.layerpress.domain.batch.TraceEvaluation;
import org.layerpress.domain.batch.TraceEvaluator;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * How a press or release step ends once the PLC says so (on the worker, under the lock, its trace
 * already committed): a press step is read against its recipe ({@link TraceEvaluator}) and ends
 * CONFIRMED, or DEVIATED with an alarm per finding; a release ends with the springback.
 */
final class PressOutcomes {

    private final OpenBatch batch;
    private final StepFlow flow;
    private final SessionManager sessions;
    private final DensityReadings densities = new DensityReadings(MaterialTableFile.bundled());

    private final DieStore dies;

    PressOutcomes(OpenBatch batch, StepFlow flow, SessionManager sessions, DieStore dies) {
        this.batch = batch;
        this.dies = dies;
        this.flow = flow;
        this.sessions = sessions;
    }

    /** The PLC reported step done at {@code doneAt} (its source time): the hold ended there. */
    void pressDone(PressWatch w, Instant doneAt) {
        Trace trace = Trace.of(w.snapshot(), batch.die().spec());
        double holdEnd = trace.secondsAt(doneAt);
        TraceEvaluation e = TraceEvaluator.evaluate(trace.samples(), w.press, trace.die(), holdEnd);
        finish(w, e, e.findings(), trace, holdEnd, Map.of());
    }

    /**
     * A hold pumped by hand ended at {@code holdEnd} (the transducer's source time): after the recipe's
     * time, or {@code cutShort} when the pressure was let go before it. Findings already alarmed while
     * pumping are not raised twice; their alarms clear with the step.
     */
    void manualDone(PressWatch w, Instant holdEnd, boolean cutShort) {
        Trace trace = Trace.of(w.snapshot(), batch.die().spec());
        double end = trace.secondsAt(holdEnd);
        TraceEvaluation e = TraceEvaluator.evaluate(trace.samples(), w.press, trace.die(), end);
        List<Finding> findings = new ArrayList<>(e.findings());
        if (cutShort) {
            double held = Duration.between(w.manual.holdStartTime(), holdEnd).toMillis() / 1000.0;
            findings.add(new Finding(FindingKind.HOLD_SHORT, end, String.format(Locale.ROOT,
                    "held %.1f s of the recipe's %s s: the pressure was let go before the hold was over", held,
                    EvidenceNumbers.trimmed(w.press.hold().toMillis() / 1000.0, 1))));
        }
        finish(w, e, findings, trace, end, w.manual.alarms());
    }

    private void finish(PressWatch w, TraceEvaluation e, List<Finding> findings, Trace trace, double holdEnd, Map<FindingKind, String> alarmedLive) {
        Pressed pressed = new Pressed(e.peakMegaPascals(), e.secondsToSetpoint(), e.holdMeanMegaPascals(), e.holdDecayPercent(), e.ramAdvanceDuringHold(),
                trace.size(), holdEnd, findings.stream().map(f -> new Noted(f.kind(), f.message())).toList());
        List<BatchEvent> out = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>(StepResultCodec.encode(pressed));
        if (w.platens != null) {
            w.platens.during(trace, e.secondsToSetpoint(), holdEnd, w.press, batch.recipe().steps(), w.step)
                    .ifPresent(p -> values.putAll(StepResultCodec.encode(p)));
        }
        values.putAll(densities.underLoad(batch.run(), w.step, trace.samples(), holdEnd));
        out.add(batch.event(pressed.deviated() ? BatchEventKind.STEP_DEVIATED : BatchEventKind.STEP_CONFIRMED, w.step, StepFlow.STATION, values));
        // The peak as the record writes it (rounded text), so the die registry says what a reviewer reads.
        Force peak = batch.die().forceFor(Pressure.megaPascals(Double.parseDouble(values.get(StepResultCodec.PEAK_MPA))));
        closeStep(w, out, pressed.findings(), alarmedLive, peak);
    }

    /**
     * A hold read off a gauge ended with the operator's reading at its end, after {@code heldSeconds} by
     * the station's monotonic clock: the step ends read against the band by its two readings. Nothing
     * of it is a measured curve: its trace is {@code manual}, and no peak, mean or decay is recorded.
     */
    void gaugeDone(PressWatch w, GaugeReading end, double heldSeconds) {
        List<Noted> findings = w.gauge.findings(end);
        Map<String, String> values = new LinkedHashMap<>();
        values.put(BatchRun.PHASE, "");
        values.putAll(GaugeValues.encode(GaugeValues.END, end));
        values.put(GaugeValues.HOLD_TIMED_S, EvidenceNumbers.trimmed(heldSeconds, 1));
        if (!findings.isEmpty()) {
            values.putAll(StepResultCodec.findings(findings));
        }
        List<BatchEvent> out = new ArrayList<>();
        out.add(batch.event(findings.isEmpty() ? BatchEventKind.STEP_CONFIRMED : BatchEventKind.STEP_DEVIATED, w.step, end.login(), values));
        closeStep(w, out, findings, Map.of(), w.gauge.highestForce(end));
    }

    /** A finding's alarm raised and cleared (or a live one cleared), the next step, and the batch closed after the last. */
    private void closeStep(PressWatch w, List<BatchEvent> out, List<Noted> findings, Map<FindingKind, String> alarmedLive, Force peak) {
        int alarmNumber = batch.run().alarms().size();
        for (String live : alarmedLive.values()) {
            out.add(batch.event(BatchEventKind.ALARM_CLEARED, w.step, StepFlow.STATION, Map.of(BatchRun.ALARM_ID, live)));
        }
        for (Noted f : findings) {
            if (alarmedLive.containsKey(f.kind())) {
                continue;
            }
            BatchEvent raised = alarm(batch, w.step, priorityOf(f.kind()), f.kind().name(), f.message(), ++alarmNumber);
            out.add(raised);
            // The condition is over by the time the step ends: the alarm returns and waits for acknowledgement.
            out.add(batch.event(BatchEventKind.ALARM_CLEARED, w.step, StepFlow.STATION, Map.of(BatchRun.ALARM_ID, raised.value(BatchRun.ALARM_ID))));
        }
        flow.next(out, w.step, StepFlow.STATION, batch.now());
        // The die's cycle and highest force commit with the step's record, or neither does.
        Die die = batch.die();
        BatchRun after = batch.append(out, StepFlow.nextState(out), () -> dies.recordPress(new DieUse(die.id(), batch.run().batchId(), w.step, peak, batch.now())));
        // The press still holds force until the RELEASE step: the operator stays logged in until then.
        if (after.currentStep().map(next -> next.step().kind() != StepKind.RELEASE).orElse(true)) {
            sessions.bindToRunningStep(false);
        }
        batch.closeIfComplete(after);
    }

    /** Force fell below released: the release step ends with where the ram went and the springback. */
    void releaseDone(PressWatch w) {
        ReleaseStarted before = StepResultCodec.releaseStarted(batch.run().step(w.step).values()).orElse(new ReleaseStarted(0, 0));
        Released released = Released.from(before, w.force, w.position);
        List<BatchEvent> out = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>(StepResultCodec.encode(released));
        values.putAll(densities.released(batch.run(), w.step, released.positionAfterMm()));
        out.add(batch.event(BatchEventKind.STEP_CONFIRMED, w.step, StepFlow.STATION, values));
        flow.next(out, w.step, StepFlow.STATION, batch.now());
        BatchRun after = batch.append(out, StepFlow.nextState(out));
        sessions.bindToRunningStep(false);
        batch.closeIfComplete(after);
    }

    /** An ALARM_RAISED event of the open batch, numbered A1, A2… within it. */
    static BatchEvent alarm(OpenBatch batch, int step, AlarmPriority priority, String cause, String message, int number) {
        return batch.event(BatchEventKind.ALARM_RAISED, step, StepFlow.STATION, Map.of(BatchRun.ALARM_ID, "A" + number,
                BatchRun.ALARM_PRIORITY, priority.name(), BatchRun.CAUSE, cause, BatchRun.ALARM_MESSAGE, message));
    }

    /** Force beyond the band or the die's rating can damage the die or the pellet at once: HIGH; the rest MEDIUM. */
    private static AlarmPriority priorityOf(FindingKind kind) {
        return kind == FindingKind.OVER_PRESSURE || kind == FindingKind.DIE_RATING_EXCEEDED ? AlarmPriority.HIGH : AlarmPriority.MEDIUM;
    }
}
