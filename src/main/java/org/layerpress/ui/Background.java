package org.layerpress.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs use-case calls off the FX thread (a PIN check is a slow KDF, a commit is disk I/O) and hands
 * the result back where the view models live. {@link #fx()}: one worker thread, results through
 * {@link Platform#runLater}; {@link #direct()}: both inline, so view models are tested without a stage.
 * One worker keeps the calls in the order the person made them.
 */
public final class Background {

    private static final Logger LOG = LoggerFactory.getLogger(Background.class);
    private static final class FxHolder {
        static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "lp-use-cases");
            t.setDaemon(true);
            return t;
        });
        static final Background FX = new Background(WORKER, Platform::runLater);
    }

    private final Executor work;
    private final Executor results;

    public Background(Executor work, Executor results) {
        this.work = Objects.requireNonNull(work, "work");
        this.results = Objects.requireNonNull(results, "results");
    }

    /** The HMI's worker: results arrive on the FX thread. */
    public static Background fx() {
        return FxHolder.FX;
    }

    /** Runs the task and its continuation on the calling thread. */
    public static Background direct() {
        return new Background(Runnable::run, Runnable::run);
    }

    /** Runs {@code task} on the worker, then {@code done} with its result or {@code failed} with its exception. */
    public <T> void run(Callable<T> task, Consumer<? super T> done, Consumer<? super Exception> failed) {
        work.execute(() -> {
            T result;
            try {
                result = task.call();
            } catch (Exception e) {
                if (!(e instanceof IllegalArgumentException) && !(e instanceof IllegalStateException)) {
                    LOG.error("use case failed", e);
                }
                results.execute(() -> failed.accept(e));
                return;
            }
            results.execute(() -> done.accept(result));
        });
    }
}
