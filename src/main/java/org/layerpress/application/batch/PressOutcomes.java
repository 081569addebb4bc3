package org.layerpress.application.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerpress.application.users.SessionManager;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.Finding;
import org.layerpress.domain.batch.FindingKind;
import org.layerpress.domain.batch.TraceEvaluation;
import org.layerpress.domain.batch.TraceEvaluator;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.batch.TraceSample;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.recipe.StepKind;
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

    PressOutcomes(OpenBatch batch, StepFlow flow, SessionManager sessions) {
        this.batch = batch;
        this.flow = flow;
        this.sessions = sessions;
    }

    /** The PLC reported step done at {@code doneAt} (its source time): the hold ended there. */
    void pressDone(PressWatch w, Instant doneAt) {
        Die die = batch.die();
        List<TracePoint> points = w.snapshot();
        List<TraceSample> samples = new ArrayList<>();
        Instant t0 = points.isEmpty() ? doneAt : points.get(0).sourceTime();
        double area = die.areaSquareMillimetres();
        for (TracePoint p : points) {
            samples.add(new TraceSample(seconds(t0, p.sourceTime()), p.forceKiloNewtons() * 1000.0 / area, p.positionMillimetres()));
        }
        double holdEnd = seconds(t0, doneAt);
        TraceEvaluation e = TraceEvaluator.evaluate(samples, w.press, die.spec(), holdEnd);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("peak.MPa", num(e.peakMegaPascals()));
        values.put("toSetpoint.s", e.secondsToSetpoint().isPresent() ? num(e.secondsToSetpoint().getAsDouble()) : "");
        values.put("holdMean.MPa", num(e.holdMeanMegaPascals()));
        values.put("holdDecay.pct", num(e.holdDecayPercent()));
        values.put("ramAdvance.mm", num(e.ramAdvanceDuringHold()));
        values.put("trace.points", Integer.toString(points.size()));
        values.put("holdEnd.s", num(holdEnd));
        if (e.deviated()) {
            values.put(BatchRun.FINDINGS, String.join(", ", e.findings().stream().map(f -> f.kind().name()).toList()));
            for (int i = 0; i < e.findings().size(); i++) {
                values.put("finding." + (i + 1), e.findings().get(i).message());
            }
        }
        List<BatchEvent> out = new ArrayList<>();
        out.add(batch.event(e.deviated() ? BatchEventKind.STEP_DEVIATED : BatchEventKind.STEP_CONFIRMED, w.step, StepFlow.STATION, values));
        int alarmNumber = batch.run().alarms().size();
        for (Finding f : e.findings()) {
            BatchEvent raised = alarm(batch, w.step, priorityOf(f.kind()), f.kind().name(), f.message(), ++alarmNumber);
            out.add(raised);
            // The condition is over by the time the step ends: the alarm returns and waits for acknowledgement.
            out.add(batch.event(BatchEventKind.ALARM_CLEARED, w.step, StepFlow.STATION, Map.of(BatchRun.ALARM_ID, raised.value(BatchRun.ALARM_ID))));
        }
        flow.next(out, w.step, StepFlow.STATION, batch.now());
        BatchRun after = batch.append(out, StepFlow.nextState(out));
        // The press still holds force until the RELEASE step: the operator stays logged in until then.
        if (after.currentStep().map(next -> next.step().kind() != StepKind.RELEASE).orElse(true)) {
            sessions.bindToRunningStep(false);
        }
        batch.closeIfComplete(after);
    }

    /** Force fell below released: the release step ends with where the ram went and the springback. */
    void releaseDone(PressWatch w) {
        double before = Double.parseDouble(orZero(batch.run().step(w.step).value("position.before.mm")));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("force.after.kN", num(w.force));
        values.put("position.after.mm", num(w.position));
        values.put("springback.mm", num(before - w.position));
        List<BatchEvent> out = new ArrayList<>();
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

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    private static String orZero(String s) {
        return s.isEmpty() ? "0" : s;
    }

    private static String num(double v) {
        return EvidenceNumbers.text(v);
    }
}
