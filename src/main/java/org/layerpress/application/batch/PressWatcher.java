package org.layerpress.application.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LinkStatus;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.press.TraceBlock;
import org.layerpress.application.users.SessionManager;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.HoldCause;
import org.layerpress.domain.batch.TraceGapValues;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.recipe.RecipeStep;

/**
 * Watches the press while a press or release step runs on the PLC. Samples, trace blocks and link
 * changes arrive on the adapter's threads and are only buffered there; what they trigger — the step
 * done, a hold on door, e-stop, PLC fault, bad data or link loss, the release done — runs on the
 * worker, under the lock, and only for the watch still running (a late sample of an ended watch does
 * nothing). Before a step ends, the worker reads the PLC's trace up to its count now
 * ({@link TraceDrain}), so the record holds the step's samples up to its end.
 */
final class PressWatcher {

    /** The HELD event's PLC fault code, next to its words in the cause. */
    static final String FAULT_CODE = "fault.code";
    /** An isostatic vessel's PLC latches fault 1 when its lid reads unlocked under pressure. */
    static final int VESSEL_LID_FAULT = 1;

    private final OpenBatch batch;
    private final BatchWorker worker;
    private final TraceRecorder recorder;
    private final SessionManager sessions;
    private final PressPort port;
    private final TraceDrain drain;
    private PressOutcomes outcomes;
    private final ManualPressing manual;
    private VesselControl vessel;

    /** Non-null while a press or release runs on the PLC; read on the adapter's threads. */
    private volatile PressWatch watch;

    PressWatcher(OpenBatch batch, BatchWorker worker, TraceRecorder recorder, SessionManager sessions, PressPort port) {
        this.batch = batch;
        this.worker = worker;
        this.recorder = recorder;
        this.sessions = sessions;
        this.port = port;
        this.drain = new TraceDrain(port);
        this.manual = new ManualPressing(batch, worker, this);
    }

    /** What a press step pumped by hand does between samples: the hold countdown, its live alarms. */
    ManualPressing manual() {
        return manual;
    }

    /** What ends a press or release step (set once, while the parts are put together). */
    void endWith(PressOutcomes what) {
        this.outcomes = what;
        manual.endWith(what);
    }

    /** What a vessel step's samples go to (set once, while the parts are put together). */
    void vesselWith(VesselControl control) {
        this.vessel = control;
    }

    boolean busy() {
        return watch != null;
    }

    PressWatch current() {
        return watch;
    }

    /**
     * Starts watching a press or release the PLC is about to get, from the force and position it
     * reports now (under the lock). With a buffered trace the step's first sample is the PLC's count
     * now: one read of the PLC, on the caller's thread (a use-case thread).
     */
    PressWatch begin(int step, boolean release, RecipeStep.Press press, double force, double position) {
        return begin(step, release, press, force, position, null);
    }

    /** As {@link #begin(int, boolean, RecipeStep.Press, double, double)}; {@code manual} for a press step pumped by hand. */
    PressWatch begin(int step, boolean release, RecipeStep.Press press, double force, double position, ManualHold manual) {
        BlockTrace blocks = port.hasTrace() ? new BlockTrace() : null;
        PressWatch w = new PressWatch(step, release, press, force, position, blocks, manual);
        // Watched before the count is read, so no block delivered in between is missed; older samples are not the step's.
        watch = w;
        if (blocks != null) {
            drain.start(blocks);
        }
        return w;
    }

    /** A press step read off a gauge: nothing is sampled; it is watched so that a lost link, a stop or an abort still find it (under the lock). */
    PressWatch begin(int step, RecipeStep.Press press, GaugeHold gauge) {
        PressWatch w = new PressWatch(step, false, press, 0, 0, null, null, gauge);
        watch = w;
        return w;
    }

    /** Starts watching a PRESSURISE or DEPRESSURISE the vessel is about to get (under the lock). */
    PressWatch beginVessel(VesselRun run) {
        PressWatch w = PressWatch.vessel(run);
        watch = w;
        return w;
    }

    /** A step the operator ended by a reading typed in (under the lock, on the caller's thread): nothing more is awaited. */
    void endNow(PressWatch w) {
        w.finished = true;
        watch = null;
        recorder.flush(w);
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

    /**
     * Stops watching a press step a person stopped, with its trace read to the PLC's count now (one
     * round trip on the caller's thread, a use-case thread) and committed; returns it (under the lock).
     */
    PressWatch stopDrained(PressWatch w) {
        if (w.fromBlocks()) {
            drain.toEnd(w);
        }
        return stop();
    }

    // ---------------------------------------------------------------- the adapter's threads

    void onSample(PressSample s) {
        PressWatch w = watch;
        if (w == null || w.finished) {
            return;
        }
        if (!s.good()) {
            badSample(w, s);
            return;
        }
        switch (s.signal()) {
            case FORCE, RAM_POSITION -> {
                if (s.signal() == StandardSignal.FORCE) {
                    w.force = s.value();
                } else {
                    w.position = s.value();
                }
                if (!w.fromBlocks()) {
                    w.record(new TracePoint(w.step, s.sourceTime(), w.force, w.position));
                }
                if (w.release && s.signal() == StandardSignal.FORCE && s.value() < BatchSequencer.RELEASED_KILONEWTONS) {
                    releaseDone(w);
                }
                if (w.manual != null && s.signal() == StandardSignal.FORCE) {
                    manual.onForce(w, s);
                }
            }
            case VESSEL_PRESSURE -> {
                if (w.vessel != null) {
                    vessel.onPressure(w, s);
                }
            }
            case VESSEL_TEMPERATURE -> {
                if (w.vessel != null) {
                    w.vessel.onTemperature(s.value());
                }
            }
            case PRESSURE_RELEASED -> {
                if (w.vessel != null) {
                    vessel.onReleased(w, s);
                }
            }
            case LID_LOCKED -> {
                if (w.vessel != null && !s.asBoolean() && w.vessel.soaking()) {
                    // Before the pump starts the vessel is not under pressure: the lid is its guard door, opened.
                    hold(w, HoldCause.DOOR_OPENED, "vessel lid unlocked while the medium was soaking, before the pump started", Map.of());
                } else if (w.vessel != null && !s.asBoolean()) {
                    hold(w, HoldCause.LID_UNLOCKED_UNDER_PRESSURE, "vessel lid unlocked while the vessel was under pressure", Map.of());
                }
            }
            case VESSEL_HEATER_FAULT -> {
                if (w.vessel != null && w.vessel.pressurise != null && w.vessel.pressurise.warm() && s.asBoolean()) {
                    hold(w, HoldCause.VESSEL_HEATER_FAULT, "the PLC reports a vessel heater fault (vesselHeaterFault) while "
                            + (w.vessel.soaking() ? "soaking the medium" : "pressurising or holding"), Map.of());
                }
            }
            case RELEASE_VALVE_OPEN -> {
                if (w.manual != null && s.asBoolean()) {
                    manual.onValveOpen(w, s);
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
                    end(w, null, x -> outcomes.pressDone(x, doneAt));
                }
            }
            case PLATEN_TEMPERATURE_TOP, PLATEN_TEMPERATURE_BOTTOM -> {
                if (w.platens != null) {
                    w.platens.add(s.signal(), s.sourceTime(), s.value());
                }
            }
            case DOOR_CLOSED -> {
                if (!s.asBoolean() && !w.release) {
                    hold(w, HoldCause.DOOR_OPENED, "door opened during the press step", Map.of());
                }
            }
            case ESTOP_OK -> {
                if (!s.asBoolean() && !w.release) {
                    hold(w, HoldCause.ESTOP, "e-stop pressed during the press step", Map.of());
                }
            }
            case FAULT_CODE -> {
                int code = (int) s.value();
                if (code == VESSEL_LID_FAULT && w.vessel != null) {
                    // The vessel's fault 1 is its lid found unlocked under pressure (docs/plc-interface.md section 12): one cause, whichever arrives first.
                    hold(w, HoldCause.LID_UNLOCKED_UNDER_PRESSURE, port.faultTexts().describe(code) + ": vessel lid unlocked while under pressure",
                            Map.of(FAULT_CODE, Integer.toString(code)));
                } else if (code != 0 && !w.release) {
                    // In words, never the bare number (docs/plc-interface.md, section 5).
                    hold(w, HoldCause.PLC_FAULT, port.faultTexts().describe(code) + " during the press step",
                            Map.of(FAULT_CODE, Integer.toString(code)));
                }
            }
            default -> {
                // other signals do not concern the sequencer
            }
        }
    }

    /**
     * Bad data (docs/plc-interface.md, section 7) on a signal the step depends on is never a number:
     * a press step is held; a release loses the sample from its trace, as a counted gap.
     */
    private void badSample(PressWatch w, PressSample s) {
        boolean platen = s.signal() == StandardSignal.PLATEN_TEMPERATURE_TOP || s.signal() == StandardSignal.PLATEN_TEMPERATURE_BOTTOM;
        if (s.signal() == StandardSignal.VESSEL_TEMPERATURE && w.vessel != null) {
            // An open thermocouple: no temperature from now on in the vessel's trace, never the last good one.
            w.vessel.onTemperature(Double.NaN);
        }
        if (platen && w.platens != null) {
            // An open thermocouple: from now on the platen's last good value is not in force (the flag says "no reading").
            w.platens.add(s.signal(), s.sourceTime(), Double.NaN);
        }
        if (!watched(s.signal())) {
            return;
        }
        String words = s.problem().isEmpty() ? s.signal().key() + ": not a usable value" : s.problem();
        if (!w.release) {
            hold(w, HoldCause.BAD_DATA, "bad data from the PLC during the press step: " + words, Map.of());
        } else if (!w.fromBlocks() && (s.signal() == StandardSignal.FORCE || s.signal() == StandardSignal.RAM_POSITION)) {
            TracePoint last = w.lastPoint();
            w.noteGap(new TraceGapNote(last == null ? "" : last.sourceTime().toString(), "bad data from the PLC, not recorded: " + words,
                    1, TraceGapNote.UNKNOWN));
        }
    }

    private static boolean watched(StandardSignal signal) {
        return switch (signal) {
            case FORCE, RAM_POSITION, RUNNING, STEP_DONE, DOOR_CLOSED, ESTOP_OK, FAULT_CODE, VESSEL_PRESSURE, LID_LOCKED, PRESSURE_RELEASED -> true;
            default -> false;
        };
    }

    /** A block of the PLC's buffered trace (the adapter's trace thread): queued; bad data in a press step holds it. */
    void onTraceBlock(TraceBlock block) {
        PressWatch w = watch;
        if (w == null || w.finished || !w.fromBlocks()) {
            return;
        }
        w.blocks.accept(block);
        String bad = w.blocks.badData(block);
        if (!bad.isEmpty() && !w.release) {
            hold(w, HoldCause.BAD_DATA, "bad data from the PLC during the press step: " + bad, Map.of());
        }
    }

    void onLink(LinkStatus status) {
        PressWatch w = watch;
        if (w != null && !w.release && status.state() != LinkState.CONNECTED) {
            hold(w, HoldCause.LINK_LOST, "PLC link lost during the press step" + (status.detail().isEmpty() ? "" : ": " + status.detail()), Map.of());
        }
    }

    // ---------------------------------------------------------------- the worker

    /** Ends the watch on the worker and runs {@code then} under the lock, unless something else ended it first. */
    void finish(PressWatch w, Consumer<PressWatch> then) {
        end(w, null, then);
    }

    /** Force is below released: the release step ends (from a sample, or at once if the press was already released). */
    void releaseDone(PressWatch w) {
        end(w, null, outcomes::releaseDone);
    }

    /** Holds the batch for what the worker found about the watched step (HELD with a HIGH alarm of the cause). */
    void holdFor(PressWatch w, HoldCause cause, String message) {
        hold(w, cause, message, Map.of());
    }

    private void hold(PressWatch w, HoldCause cause, String message, Map<String, String> values) {
        end(w, cause, x -> held(x, cause, message, values));
    }

    /**
     * On the worker: reads the step's buffered trace to the PLC's count now (not after a lost link:
     * nothing answers), then ends the watch and runs {@code then} under the lock, unless something else
     * ended it first.
     */
    private void end(PressWatch w, HoldCause cause, Consumer<PressWatch> then) {
        worker.execute(() -> {
            if (w.fromBlocks() && watch == w && !w.finished && cause != HoldCause.LINK_LOST) {
                drain.toEnd(w);
            }
            synchronized (batch.lock()) {
                if (watch != w || w.finished || !batch.isOpen()) {
                    return;
                }
                w.finished = true;
                watch = null;
                recorder.flush(w);
                then.accept(w);
            }
        });
    }

    /** HELD with a high alarm of the same cause; a lost link also declares the gap in the trace from its last point. */
    private void held(PressWatch w, HoldCause cause, String message, Map<String, String> values) {
        List<BatchEvent> out = new ArrayList<>();
        Map<String, String> heldValues = new LinkedHashMap<>(values);
        heldValues.put(BatchRun.CAUSE, message);
        heldValues.put(BatchRun.CAUSE_KEY, cause.key());
        out.add(batch.event(BatchEventKind.HELD, w.step, StepFlow.STATION, heldValues));
        if (cause == HoldCause.LINK_LOST) {
            TracePoint last = w.lastPoint();
            out.add(batch.event(BatchEventKind.TRACE_GAP, w.step, StepFlow.STATION,
                    TraceGapValues.unknownLength(last == null ? "" : last.sourceTime().toString(), message)));
        }
        out.add(PressOutcomes.alarm(batch, w.step, AlarmPriority.HIGH, cause.key(), message, batch.run().alarms().size() + 1));
        batch.append(out, BatchState.HELD);
        sessions.bindToRunningStep(false);
    }
}
