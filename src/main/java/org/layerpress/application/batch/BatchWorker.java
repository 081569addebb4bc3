package org.layerpress.application.batch;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sequencer's one worker thread: what press samples trigger (step done, hold, release done),
 * the periodic trace flush, and the listeners' calls all run here, never on the OPC UA thread
 * (docs/architecture.md#threads).
 */
final class BatchWorker {

    private static final Logger LOG = LoggerFactory.getLogger(BatchWorker.class);

    static final String THREAD_NAME = "batch-sequencer";

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, THREAD_NAME);
        t.setDaemon(true);
        return t;
    });
    private final List<Consumer<BatchRun>> listeners = new CopyOnWriteArrayList<>();

    /** Runs the task here; what it throws is logged (an executor would keep it to itself). */
    void execute(Runnable task) {
        if (executor.isShutdown()) {
            return; // the sequencer is closing: what the last samples would trigger no longer matters
        }
        executor.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("batch worker task failed", e);
            }
        });
    }

    void every(Duration period, Runnable task) {
        long ms = period.toMillis();
        executor.scheduleAtFixedRate(task, ms, ms, TimeUnit.MILLISECONDS);
    }

    void addListener(Consumer<BatchRun> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<BatchRun> listener) {
        listeners.remove(listener);
    }

    /** Hands a snapshot to every listener on this thread; one failing listener does not keep the others from it. */
    void publish(BatchRun snapshot) {
        if (listeners.isEmpty() || executor.isShutdown()) {
            return;
        }
        executor.execute(() -> {
            for (Consumer<BatchRun> l : listeners) {
                try {
                    l.accept(snapshot);
                } catch (RuntimeException e) {
                    LOG.warn("batch listener failed", e);
                }
            }
        });
    }

    void shutdown() {
        executor.shutdown();
    }
}
