package org.layerpress.application.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LinkStatus;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.users.SessionManager;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.HoldCause;
import org.layerpress.domain.batch.TracePoint;

/**
 * Watches the press while a press or release step runs on the PLC. Samples and link changes arrive
 * on the adapter's thread and are only buffered there; what they trigger — the step done, a hold on
 * door, e-stop, PLC fault or link loss, the release done — runs on the worker, under the lock, and
 * only for the watch still running (a late sample of an ended watch does nothing).
 */
final class PressWatcher {

    private final OpenBatch batch;
    private final BatchWorker worker;
    private final TraceRecorder recorder;
    private final SessionManager sessions;
    private PressOutcomes outcomes;

    /** Non-null while a press or release runs on the PLC; read on the adapter's thread. */
    private volatile PressWatch watch;

    PressWatcher(OpenBatch batch, BatchWorker worker, TraceRecorder recorder, SessionManager sessions) {
        this.batch = batch;
        this.worker = worker;
        this.recorder = recorder;
        this.sessions = sessions;
    }

    /** What ends a press or release step (set once, while the parts are put together). */
    void endWith(PressOutcomes what) {
        this.outcomes = what;
    }

    boolean busy() {
        return watch != null;
    }

    PressWatch current() {
        return watch;
    }

    /** The PLC is about to get a press or release (under the lock). */
    void watch(PressWatch w) {
        watch = w;
    }

    /** The PLC did not take it: nothing to watch after all (under the lock). */
    void abandon(PressWatch w) {
        w.finished = true;
        watch = null;
    }

    /** Stops watching whatever runs (an abort), keeping its trace; returns it, or null (under the lock). */
    PressWatch stop() {
        PressWatch w = watch;
        if (w != null) {
            w.finished = true;
            watch = null;
            recorder.flush(w);
        }
        return w;
    }

    // ---------------------------------------------------------------- the adapter's thread

    void onSample(PressSample s) {
        PressWatch w = watch;
        if (w == null || w.finished) {
            return;
        }
        switch (s.signal()) {
            case FORCE, RAM_POSITION -> {
                if (!s.good()) {
                    return;
                }
                if (s.signal() == StandardSignal.FORCE) {
                    w.force = s.value();
                } else {
                    w.position = s.value();
                }
                w.record(new TracePoint(w.step, s.sourceTime(), w.force, w.position));
                if (w.release && s.signal() == StandardSignal.FORCE && s.value() < BatchSequencer.RELEASED_KILONEWTONS) {
                    releaseDone(w);
                }
            }
            case RUNNING -> {
                if (s.asBoolean()) {
                    w.armed = true;
                }
            }
            case STEP_DONE -> {
                if (!s.asBoolean()) {
                    w.armed = true;
                } else if (w.armed && !w.release) {
                    Instant doneAt = s.sourceTime();
                    worker.execute(() -> ifStillWatched(w, x -> outcomes.pressDone(x, doneAt)));
                }
            }
            case DOOR_CLOSED -> {
                if (!s.asBoolean() && !w.release) {
                    hold(w, HoldCause.DOOR_OPENED, "door opened during the press step", false);
                }
            }
            case ESTOP_OK -> {
                if (!s.asBoolean() && !w.release) {
                    hold(w, HoldCause.ESTOP, "e-stop pressed during the press step", false);
                }
            }
            case FAULT_CODE -> {
                if (s.value() != 0 && !w.release) {
                    hold(w, HoldCause.PLC_FAULT, "PLC fault code " + (int) s.value() + " during the press step", false);
                }
            }
            default -> {
                // other signals do not concern the sequencer
            }
        }
    }

    void onLink(LinkStatus status) {
        PressWatch w = watch;
        if (w != null && !w.release && status.state() != LinkState.CONNECTED) {
            hold(w, HoldCause.LINK_LOST, "PLC link lost during the press step" + (status.detail().isEmpty() ? "" : ": " + status.detail()), true);
        }
    }

    // ---------------------------------------------------------------- the worker

    /** Force is below released: the release step ends (from a sample, or at once if the press was already released). */
    void releaseDone(PressWatch w) {
        worker.execute(() -> ifStillWatched(w, outcomes::releaseDone));
    }

    private void hold(PressWatch w, HoldCause cause, String message, boolean gap) {
        worker.execute(() -> ifStillWatched(w, x -> held(x, cause, message, gap)));
    }

    /** Ends the watch and runs {@code then} under the lock, unless something else ended it first. */
    private void ifStillWatched(PressWatch w, Consumer<PressWatch> then) {
        synchronized (batch.lock()) {
            if (watch != w || w.finished || !batch.isOpen()) {
                return;
            }
            w.finished = true;
            watch = null;
            recorder.flush(w);
            then.accept(w);
        }
    }

    /** HELD with a high alarm of the same cause; a lost link also declares the gap in the trace from its last point. */
    private void held(PressWatch w, HoldCause cause, String message, boolean gap) {
        List<BatchEvent> out = new ArrayList<>();
        out.add(batch.event(BatchEventKind.HELD, w.step, StepFlow.STATION, Map.of(BatchRun.CAUSE, message, BatchRun.CAUSE_KEY, cause.key())));
        if (gap) {
            TracePoint last = w.lastPoint();
            out.add(batch.event(BatchEventKind.TRACE_GAP, w.step, StepFlow.STATION, Map.of("from", last == null ? "" : last.sourceTime().toString(),
                    BatchRun.CAUSE, message)));
        }
        out.add(PressOutcomes.alarm(batch, w.step, AlarmPriority.HIGH, cause.key(), message, batch.run().alarms().size() + 1));
        batch.append(out, BatchState.HELD);
        sessions.bindToRunningStep(false);
    }
}
