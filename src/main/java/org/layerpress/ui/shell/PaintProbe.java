package org.layerpress.ui.shell;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.layerpress.application.press.LivePressState;
import org.layerpress.ui.controls.LiveReadout;
import org.layerpress.ui.fx.LivePulse;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;

/**
 * For benchmarks: the real shell (Shell.fxml, the theme, {@link ShellView}'s {@link LivePulse}
 * painting a {@link LivePressState}'s values into the force {@link LiveReadout} on the pulse after
 * they change) on a stage, and the time of the first pulse at which the force readout shows a given text. The time
 * is taken in a post-layout pulse listener, i.e. when the pulse hands the new frame to the render
 * thread; the render thread's own drawing of that frame comes after it and is not included.
 */
public final class PaintProbe implements AutoCloseable {

    private final Map<String, Long> firstShown = new ConcurrentHashMap<>();
    private Stage stage;
    private Label force;
    private String lastText = "";

    private PaintProbe() {
    }

    /**
     * Starts the JavaFX runtime if it is not running yet (a display, or Monocle headless when
     * {@code -Dglass.platform=Monocle} and Monocle are present).
     *
     * @return empty when JavaFX runs; otherwise why it could not start
     */
    public static Optional<String> startPlatform(Duration timeout) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(ready::countDown);
        } catch (RuntimeException | LinkageError e) {
            // No display, no GTK, or Monocle asked for but not on the class path: the toolkit says which.
            return Optional.of(e.toString());
        }
        if (!ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return Optional.of("JavaFX did not start within " + timeout.toSeconds() + " s");
        }
        // Closing the probe's stage must not end a runtime the rest of the JVM may share.
        Platform.setImplicitExit(false);
        return Optional.empty();
    }

    /** Shows the shell for {@code live} on a new stage and returns once it is showing. */
    public static PaintProbe show(LivePressState live, String pressModel, Duration timeout) throws InterruptedException {
        PaintProbe probe = new PaintProbe();
        CountDownLatch shown = new CountDownLatch(1);
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                LayoutLocator layouts = LayoutLocator.classpathOnly();
                ShellView view = ShellView.load(layouts, live, ShellViewModel.forPress(pressModel, live));
                Scene scene = new Scene(view.root(), HmiApplication.PANEL_WIDTH, HmiApplication.PANEL_HEIGHT);
                Theme.apply(scene, layouts);
                probe.force = (Label) scene.lookup("#force .lp-readout-value");
                if (probe.force == null) {
                    throw new IllegalStateException("Shell.fxml has no force readout (#force .lp-readout-value)");
                }
                scene.addPostLayoutPulseListener(probe::afterLayout);
                probe.stage = new Stage();
                probe.stage.setScene(scene);
                probe.stage.show();
            } catch (RuntimeException e) {
                failed.set(e);
            } finally {
                shown.countDown();
            }
        });
        if (!shown.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the shell was not shown within " + timeout.toSeconds() + " s");
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        return probe;
    }

    /** FX thread, once per pulse after CSS and layout: notes when the force text first appears. */
    private void afterLayout() {
        String text = force.getText();
        if (!text.equals(lastText)) {
            lastText = text;
            firstShown.putIfAbsent(text, System.nanoTime());
        }
    }

    /** {@link System#nanoTime()} of the first pulse that carried {@code forceText}, if one has. */
    public OptionalLong shownAt(String forceText) {
        Long at = firstShown.get(forceText);
        return at == null ? OptionalLong.empty() : OptionalLong.of(at);
    }

    @Override
    public void close() {
        Platform.runLater(() -> {
            if (stage != null) {
                stage.hide();
            }
        });
    }
}
