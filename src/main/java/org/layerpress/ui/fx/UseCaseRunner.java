package org.layerpress.ui.fx;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.layerpress.application.users.AccessDeniedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs use cases off the FX thread (PBKDF2 takes ~0.1 s, a durable commit an fsync) and hands the
 * result, or the refusal, back on the FX thread. {@link #fx()} is the whole HMI's one worker thread,
 * so calls run in the order the person made them, whichever screen made them; {@link #inline()} runs
 * everything on the caller's thread, so view models are tested without a stage.
 */
public final class UseCaseRunner {

    private static final Logger LOG = LoggerFactory.getLogger(UseCaseRunner.class);

    /** Created on first use only: a view-model test that runs inline starts no thread. */
    private static final class Worker {
        static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "layerpress-use-cases");
            t.setDaemon(true);
            return t;
        });
        static final UseCaseRunner FX = new UseCaseRunner(THREAD, Platform::runLater);
    }

    private static final UseCaseRunner INLINE = new UseCaseRunner(Runnable::run, Runnable::run);

    private final Executor background;
    private final Executor ui;

    public UseCaseRunner(Executor background, Executor ui) {
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** The HMI's one worker thread, results back with {@code Platform.runLater}. */
    public static UseCaseRunner fx() {
        return Worker.FX;
    }

    /** Everything on the caller's thread: for view-model tests. */
    public static UseCaseRunner inline() {
        return INLINE;
    }

    /** Runs {@code work} in the background, then {@code done}, or {@code refused} with the refusal in words ({@link #describe}). */
    public <T> void run(Callable<T> work, Consumer<? super T> done, Consumer<String> refused) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                String words = describe(e);
                ui.execute(() -> refused.accept(words));
                return;
            }
            ui.execute(() -> done.accept(result));
        });
    }

    /**
     * As {@link #run}, for the few callers that put a failure in their own words: {@code failed}
     * gets the exception itself. A rule a use case states (an illegal argument or state) is not logged;
     * anything else is logged as a failure.
     */
    public <T> void runCatching(Callable<T> work, Consumer<? super T> done, Consumer<? super Exception> failed) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                if (!(e instanceof IllegalArgumentException) && !(e instanceof IllegalStateException)) {
                    LOG.error("use case failed", e);
                }
                ui.execute(() -> failed.accept(e));
                return;
            }
            ui.execute(() -> done.accept(result));
        });
    }

    /**
     * When {@code stage} completes (something starting on another thread, e.g. the station's
     * database), hands its value to {@code done} or its failure to {@code failed} where results go:
     * the FX thread, or inline for tests. Nothing waits on a worker meanwhile.
     */
    public <T> void when(CompletionStage<T> stage, Consumer<? super T> done, Consumer<? super Throwable> failed) {
        stage.whenComplete((value, e) -> ui.execute(() -> {
            if (e == null) {
                done.accept(value);
            } else {
                failed.accept(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
            }
        }));
    }

    /** What a person reads when a use case says no: the use case's own sentence, never a stack trace. */
    public static String describe(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "Not allowed: " + sentence(e.getMessage());
        }
        if (e instanceof IllegalArgumentException && e.getMessage() != null) {
            // The use case's words as they are: they may start with a login, which must keep its case.
            return "Not done: " + sentence(e.getMessage());
        }
        LOG.error("use case failed", e);
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "Could not complete this: " + detail + ". Nothing was changed.";
    }

    private static String sentence(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() || t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }
}
