package org.layerpress.application.batch;

import java.util.List;
import java.util.function.Supplier;
import org.layerpress.application.tx.Transactions;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.batch.VesselPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits the trace a press or release buffered (and a vessel step's own vessel trace), with the gaps declared in it: every
 * {@link BatchSequencer#FLUSH_PERIOD} on the worker, and once more when the step ends. A failed commit
 * puts its points and gaps back, so the next flush retries them; the step's own flush then fails loudly.
 */
final class TraceRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(TraceRecorder.class);

    private final OpenBatch batch;
    private final Transactions tx;
    private final BatchStore store;

    TraceRecorder(OpenBatch batch, Transactions tx, BatchStore store) {
        this.batch = batch;
        this.tx = tx;
        this.store = store;
    }

    /** The periodic flush: the watch running now, if any, under the lock; a failure is logged and retried next time. */
    void flushQuietly(Supplier<PressWatch> running) {
        try {
            synchronized (batch.lock()) {
                PressWatch w = running.get();
                if (w != null) {
                    flush(w);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("trace flush failed", e);
        }
    }

    /**
     * Commits what the watch buffered (under the lock): its trace points, and the gaps noted in them as
     * TRACE_GAP events in the same transaction.
     */
    void flush(PressWatch w) {
        if (!batch.isOpen()) {
            return;
        }
        w.collectBlocks();
        List<TracePoint> points = w.takeUnflushed();
        List<TraceGapNote> gaps = w.takeGaps();
        List<VesselPoint> vessel = w.vessel == null ? List.of() : w.vessel.takeUnflushed();
        if (points.isEmpty() && gaps.isEmpty() && vessel.isEmpty()) {
            return;
        }
        String id = batch.run().batchId();
        try {
            if (gaps.isEmpty()) {
                tx.inTransaction(() -> {
                    store.appendTrace(id, points);
                    store.appendVesselTrace(id, vessel);
                    return null;
                });
            } else {
                List<BatchEvent> events = gaps.stream()
                        .map(g -> batch.event(BatchEventKind.TRACE_GAP, w.step, StepFlow.STATION, g.values())).toList();
                batch.append(events, null, () -> {
                    if (!points.isEmpty()) {
                        store.appendTrace(id, points);
                    }
                    store.appendVesselTrace(id, vessel);
                });
            }
        } catch (RuntimeException e) {
            w.putBack(points, gaps);
            if (w.vessel != null) {
                w.vessel.putBack(vessel);
            }
            throw e;
        }
    }
}
