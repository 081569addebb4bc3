package org.layerpress.application.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.GaugeReading;
import org.layerpress.domain.batch.GaugeValues;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * The gauge's readings typed in on a manual pump press with a gauge only (docs/plc-interface.md,
 * section 11): the first, once the operator has pumped into the band, starts the hold, which the HMI
 * times by its monotonic clock from that confirmation; the second, once the countdown is over, ends
 * the step. Each is one durable transaction with who typed it and when; a refusal records nothing.
 */
public final class GaugeReadings {

    private final Authorizer authorizer;
    private final OpenBatch batch;
    private final PressWatcher watcher;
    private final PressOutcomes outcomes;
    /** The monotonic clock the hold is timed by. */
    private final LongSupplier nanos;

    GaugeReadings(Authorizer authorizer, OpenBatch batch, PressWatcher watcher, PressOutcomes outcomes, LongSupplier nanos) {
        this.authorizer = authorizer;
        this.batch = batch;
        this.watcher = watcher;
        this.outcomes = outcomes;
        this.nanos = nanos;
    }

    /** The reading at the hold's start: the hold is timed from now. Refused above what the press can make (nothing recorded). */
    public BatchRun atHoldStart(Session session, double reading) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "enter the gauge's reading");
        synchronized (batch.lock()) {
            PressWatch w = running();
            GaugeHold g = w.gauge;
            if (g.started()) {
                throw new BatchRefusedException("the hold started already; the gauge is read again when its countdown is over");
            }
            g.requirePlausible(reading);
            GaugeReading r = new GaugeReading(reading, g.gauge.unit(), user.login(), user.fullName(), batch.now());
            g.started(r, nanos.getAsLong());
            Map<String, String> values = new LinkedHashMap<>();
            values.put(BatchRun.PHASE, "holding");
            values.putAll(GaugeValues.encode(GaugeValues.START, r));
            batch.append(List.of(batch.event(BatchEventKind.STEP_VALUE, w.step, user.login(), values)), null);
            return batch.run();
        }
    }

    /** The reading at the hold's end, once the countdown is over (refused before): the step ends, read against the band. */
    public BatchRun atHoldEnd(Session session, double reading) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "enter the gauge's reading");
        synchronized (batch.lock()) {
            PressWatch w = running();
            GaugeHold g = w.gauge;
            if (!g.started()) {
                throw new BatchRefusedException("enter the gauge's reading at the hold's start first: the hold is timed from it");
            }
            long now = nanos.getAsLong();
            if (!g.holdDone(now)) {
                throw new BatchRefusedException(String.format(Locale.ROOT, "the hold has %.0f s to go: read the gauge again when the countdown is over",
                        Math.ceil(g.hold.toMillis() / 1000.0 - g.heldSeconds(now))));
            }
            g.requirePlausible(reading);
            GaugeReading end = new GaugeReading(reading, g.gauge.unit(), user.login(), user.fullName(), batch.now());
            watcher.endNow(w);
            outcomes.gaugeDone(w, end, g.heldSeconds(now));
            return batch.run();
        }
    }

    /** The gauge step running now, for the screen; read without the lock. */
    public Optional<GaugeProgress> progress() {
        PressWatch w = watcher.current();
        return w == null || w.gauge == null || w.finished ? Optional.empty() : Optional.of(w.gauge.progress(nanos.getAsLong()));
    }

    private PressWatch running() {
        PressWatch w = watcher.current();
        if (w == null || w.gauge == null || w.finished || batch.run().state() != org.layerpress.domain.batch.BatchState.RUNNING) {
            throw new BatchRefusedException("no press step read off the gauge is running: start the step first");
        }
        return w;
    }
}
