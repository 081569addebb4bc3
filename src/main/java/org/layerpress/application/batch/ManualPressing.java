package org.layerpress.application.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.press.PressSample;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.FindingKind;
import org.layerpress.domain.batch.StepResultCodec;

/**
 * A PRESS step pumped by hand ({@link ManualHold}): from the force samples, the hold's start when the
 * band is reached, a live alarm the moment the band's top or the die's rating is passed (a warning to
 * stop pumping, not a hold: the pressure is in the operator's hands, and holding the batch would not
 * take it away), the hold's end after the recipe's time, and a hold cut short when the pressure is
 * let go early. Samples arrive on the adapter's thread; what they trigger runs on the worker.
 */
final class ManualPressing {

    /** How often the hold countdown is checked between samples (a steady transducer may send none). */
    static final Duration TICK = Duration.ofMillis(100);

    private final OpenBatch batch;
    private final BatchWorker worker;
    private final PressWatcher watcher;
    private PressOutcomes outcomes;

    ManualPressing(OpenBatch batch, BatchWorker worker, PressWatcher watcher) {
        this.batch = batch;
        this.worker = worker;
        this.watcher = watcher;
    }

    void endWith(PressOutcomes what) {
        this.outcomes = what;
    }

    /** A good force sample of a step pumped by hand (adapter's thread). */
    void onForce(PressWatch w, PressSample s) {
        ManualHold m = w.manual;
        double kn = s.value();
        if (kn > m.ratedKn && m.claim(FindingKind.DIE_RATING_EXCEEDED)) {
            alarm(w, FindingKind.DIE_RATING_EXCEEDED, String.format(Locale.ROOT, "%.1f kN on the die, above its rating of %.1f kN: stop pumping and release",
                    kn, m.ratedKn));
        }
        if (kn > m.upperKn && m.claim(FindingKind.OVER_PRESSURE)) {
            alarm(w, FindingKind.OVER_PRESSURE, String.format(Locale.ROOT, "%.0f MPa, above the band's top of %.0f MPa: stop pumping",
                    m.megaPascals(kn), m.megaPascals(m.upperKn)));
        }
        if (m.startsHold(kn, s.receivedNanos(), s.sourceTime())) {
            worker.execute(() -> holdStarted(w));
        } else if (m.holding() && kn < BatchSequencer.RELEASED_KILONEWTONS) {
            letGo(w, s.sourceTime());
        }
    }

    /** The release valve reads open during the step (adapter's thread): a hold under way ends short. */
    void onValveOpen(PressWatch w, PressSample s) {
        if (w.manual.holding()) {
            letGo(w, s.sourceTime());
        }
    }

    /** On the worker: the hold has lasted the recipe's time, the step ends and the screen says release. */
    void tick() {
        PressWatch w = watcher.current();
        if (w != null && w.manual != null && !w.finished && w.manual.holdDone(System.nanoTime())) {
            watcher.finish(w, x -> outcomes.manualDone(x, x.manual.holdEndTime(), false));
        }
    }

    /** The step pumped by hand running now, for the screen; read without the lock. */
    Optional<ManualProgress> progress() {
        PressWatch w = watcher.current();
        return w == null || w.manual == null || w.finished ? Optional.empty() : Optional.of(w.manual.progress(System.nanoTime()));
    }

    private void letGo(PressWatch w, Instant at) {
        watcher.finish(w, x -> outcomes.manualDone(x, at, true));
    }

    private void holdStarted(PressWatch w) {
        synchronized (batch.lock()) {
            if (!current(w)) {
                return;
            }
            batch.append(List.of(batch.event(BatchEventKind.STEP_VALUE, w.step, StepFlow.STATION,
                    Map.of(BatchRun.PHASE, "holding", StepResultCodec.HOLD_STARTED_AT, w.manual.holdStartTime().toString()))), null);
        }
    }

    private void alarm(PressWatch w, FindingKind kind, String message) {
        worker.execute(() -> {
            synchronized (batch.lock()) {
                if (!current(w)) {
                    return;
                }
                BatchEvent raised = PressOutcomes.alarm(batch, w.step, AlarmPriority.HIGH, kind.name(), message, batch.run().alarms().size() + 1);
                batch.append(List.of(raised), null);
                w.manual.alarmedAs(kind, raised.value(BatchRun.ALARM_ID));
            }
        });
    }

    private boolean current(PressWatch w) {
        return watcher.current() == w && !w.finished && batch.isOpen();
    }
}
