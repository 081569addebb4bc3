package org.layerpress.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.layerpress.application.users.AccessDeniedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a use case off the FX thread (PBKDF2 takes ~0.1 s, a durable commit an fsync) and hands the
 * result, or a refusal in words, back on the FX thread. View models take one so that their tests can
 * run everything inline ({@link #inline()}), without a stage.
 */
public final class UseCaseRunner {

    private static final Logger LOG = LoggerFactory.getLogger(UseCaseRunner.class);
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "layerpress-use-cases");
        t.setDaemon(true);
        return t;
    });
    private static final UseCaseRunner FX = new UseCaseRunner(WORKER, Platform::runLater);
    private static final UseCaseRunner INLINE = new UseCaseRunner(Runnable::run, Runnable::run);

    private final Executor background;
    private final Executor ui;

    public UseCaseRunner(Executor background, Executor ui) {
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** One shared worker thread (use cases run in order), results back with {@code Platform.runLater}. */
    public static UseCaseRunner fx() {
        return FX;
    }

    /** Everything on the caller's thread: for view-model tests. */
    public static UseCaseRunner inline() {
        return INLINE;
    }

    /** Runs {@code work} in the background, then {@code done} or {@code failed} (with words) on the UI side. */
    public <T> void run(Callable<T> work, Consumer<? super T> done, Consumer<String> failed) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                String words = describe(e);
                ui.execute(() -> failed.accept(words));
                return;
            }
            ui.execute(() -> done.accept(result));
        });
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
