package org.layerpress.ui.shell;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.layerpress.application.StationServices;

/**
 * What the HMI needs to put up its first screen at once, and the station's parts as they come up on
 * another thread: the use cases once the database is open (the login list, first-start setup), then
 * the whole {@link HmiContext} once the press parts are built (the sections after login). The
 * command that starts the station completes them; the HMI completes {@link #firstScreenPainted()} when
 * the login (or first-start setup) screen has gone to the screen, so the command can hold back the
 * costly press start until then.
 *
 * @param pressModel the press model's name, for the window title
 * @param layoutsDir a site folder overriding {@code hmi-layouts/} files ({@code --layouts DIR})
 * @param windowed dev mode: a 1280×800 window instead of the full-screen kiosk
 * @param onClose run once when the HMI stops
 * @param work long work before the database opens (a compaction), said on the login screen meanwhile
 */
public record HmiStart(String pressModel, Optional<Path> layoutsDir, boolean windowed, Runnable onClose,
                       CompletableFuture<StationServices> services, CompletableFuture<HmiContext> context,
                       CompletableFuture<Void> firstScreenPainted, StartingWork work) {

    public HmiStart {
        Objects.requireNonNull(pressModel, "pressModel");
        layoutsDir = layoutsDir == null ? Optional.empty() : layoutsDir;
        onClose = onClose == null ? () -> { } : onClose;
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(firstScreenPainted, "firstScreenPainted");
        Objects.requireNonNull(work, "work");
    }

    /** Nothing started yet: the caller completes {@link #services()} and {@link #context()}. */
    public static HmiStart starting(String pressModel, Optional<Path> layoutsDir, boolean windowed, Runnable onClose) {
        return new HmiStart(pressModel, layoutsDir, windowed, onClose, new CompletableFuture<>(), new CompletableFuture<>(),
                new CompletableFuture<>(), new StartingWork());
    }

    /** A station that is already up (tests, pictures): every part at once. */
    public static HmiStart ready(HmiContext ctx) {
        return new HmiStart(ctx.pressModel(), ctx.layoutsDir(), ctx.windowed(), ctx.onClose(), CompletableFuture.completedFuture(ctx.services()),
                CompletableFuture.completedFuture(ctx), new CompletableFuture<>(), new StartingWork());
    }

    /** The station could not start: whatever waits for a part gets {@code why}. */
    public void failed(Throwable why) {
        services.completeExceptionally(why);
        context.completeExceptionally(why);
    }
}
