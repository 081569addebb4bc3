package org.layerpress.application.batch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Clocks;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open batch (at most one) and its journal: the lock every part of the sequencer takes, the
 * events so far, the control recipe, the mounted die and the {@link BatchRun} replayed from them.
 * Every change is one durable transaction ({@link #append}); only after it commits does the new
 * snapshot replace the old one and go to the listeners on the worker thread.
 */
final class OpenBatch {

    private static final Logger LOG = LoggerFactory.getLogger(OpenBatch.class);

    private final Object lock = new Object();
    private final Transactions tx;
    private final BatchStore store;
    private final Clock clock;
    private final BatchWorker worker;
    private volatile BatchEndHook endHook = finished -> { };

    // Guarded by lock: the open batch (all null when none).
    private List<BatchEvent> events;
    private RecipeDefinition recipe;
    private BatchRun run;
    private Die die;

    OpenBatch(Transactions tx, BatchStore store, Clock clock, BatchWorker worker) {
        this.tx = tx;
        this.store = store;
        this.clock = clock;
        this.worker = worker;
    }

    /** The one lock: public sequencer methods and what the worker runs for the open batch hold it. */
    Object lock() {
        return lock;
    }

    void setEndHook(BatchEndHook hook) {
        this.endHook = Objects.requireNonNull(hook, "hook");
    }

    /** Makes a batch the open one (under the lock) and tells the listeners. */
    BatchRun open(List<BatchEvent> record, BatchRun replayed, Optional<Die> mounted) {
        events = new ArrayList<>(record);
        recipe = replayed.recipe();
        die = mounted.orElse(null);
        run = replayed;
        worker.publish(run);
        return run;
    }

    boolean isOpen() {
        return run != null;
    }

    Optional<BatchRun> current() {
        return Optional.ofNullable(run);
    }

    /** The open batch; refused when there is none. */
    BatchRun run() {
        if (run == null) {
            throw new BatchRefusedException("no batch is open");
        }
        return run;
    }

    RecipeDefinition recipe() {
        return recipe;
    }

    /** The physical die the batch runs with; refused for a batch without one (an isostatic vessel's), which has no step that asks. */
    Die die() {
        if (die == null) {
            throw new BatchRefusedException("batch " + run().batchId() + " runs without a die (isostatic vessel)");
        }
        return die;
    }

    Instant now() {
        return Clocks.now(clock);
    }

    /** A batch's record as the store has it now (outside the open batch: any batch). */
    List<BatchEvent> record(String batchId) {
        return tx.inTransaction(() -> store.events(batchId));
    }

    /** One durable transaction: the events (and the list's state) commit together, before anyone moves on. */
    BatchRun append(List<BatchEvent> out, BatchState newState) {
        return append(out, newState, () -> { });
    }

    /** As above, with {@code alongside} (e.g. an audit row) in the same transaction. */
    BatchRun append(List<BatchEvent> out, BatchState newState, Runnable alongside) {
        String id = run().batchId();
        List<BatchEvent> stored = tx.inTransaction(() -> {
            List<BatchEvent> s = new ArrayList<>();
            for (BatchEvent e : out) {
                s.add(store.append(e));
            }
            if (newState != null) {
                store.setState(id, newState);
            }
            alongside.run();
            if (newState == BatchState.COMPLETE || newState == BatchState.ABORTED) {
                endHook(s);
            }
            return s;
        });
        events.addAll(stored);
        run = BatchRun.replay(events, recipe);
        worker.publish(run);
        return run;
    }

    /**
     * Inside append's transaction, behind its own savepoint: if the hook fails, its writes are
     * undone and logged, and the batch still ends — a bug in a record's evaluation must not keep an
     * operator from finishing or aborting a batch.
     */
    private void endHook(List<BatchEvent> appended) {
        List<BatchEvent> all = new ArrayList<>(events);
        all.addAll(appended);
        BatchRun finished = BatchRun.replay(all, recipe);
        try {
            tx.inTransaction(() -> {
                endHook.ended(finished);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.error("batch-end hook failed for {}; the batch ends without it", finished.batchId(), e);
        }
    }

    /** No batch is open any more (it ended; its record stays in the store). */
    void close() {
        run = null;
        events = null;
        recipe = null;
        die = null;
    }

    /** Closes the batch if {@code after} ended it; returns {@code after}. */
    BatchRun closeIfComplete(BatchRun after) {
        if (after.state() == BatchState.COMPLETE) {
            close();
        }
        return after;
    }

    /** An event of the open batch, stamped now. */
    BatchEvent event(BatchEventKind kind, int step, String actor, Map<String, String> values) {
        return new BatchEvent(0, run().batchId(), now(), kind, step, actor, values);
    }
}
