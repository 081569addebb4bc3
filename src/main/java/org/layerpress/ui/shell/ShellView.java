package org.layerpress.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.layerpress.application.press.LivePressState;
import org.layerpress.ui.fx.LivePulse;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Controller of {@code Shell.fxml}: the layout binds its controls to {@code ${controller.viewModel.*}},
 * so this class only loads it and, while the shell is on a showing window, reads {@link LivePressState}
 * on the FX thread into the {@link ShellViewModel}: the live values on the first pulse after a sample
 * or link change ({@link LivePulse}), the trend at {@link #REFRESH_INTERVAL}. No OPC UA callback ever
 * reaches the FX thread.
 */
public final class ShellView {

    /** The trend's rate, 10 Hz: enough for a 30 s trend, bounded whatever the PLC's sample rate. The values follow every frame. */
    public static final Duration REFRESH_INTERVAL = Duration.ofMillis(100);
    private static final Logger LOG = LoggerFactory.getLogger(ShellView.class);

    private final ShellViewModel viewModel;
    private final LivePressState live;
    private final LivePulse refresher;
    private Parent root;
    private ObservableValue<Boolean> showing;

    private ShellView(ShellViewModel viewModel, LivePressState live) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.live = Objects.requireNonNull(live, "live");
        this.refresher = new LivePulse(live::changes, this::refreshValues, REFRESH_INTERVAL, this::refreshTrend);
    }

    /** Loads {@code Shell.fxml} (site folder first); call on the FX thread. */
    public static ShellView load(LayoutLocator layouts, LivePressState live, ShellViewModel viewModel) {
        ShellView view = new ShellView(viewModel, live);
        URL fxml = layouts.fxml("Shell.fxml");
        FXMLLoader loader = new FXMLLoader(fxml, Words.bundle());
        loader.setControllerFactory(type -> {
            if (type != ShellView.class) {
                throw new IllegalStateException(fxml + " names controller " + type.getName() + ", expected " + ShellView.class.getName());
            }
            return view;
        });
        try {
            view.root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load layout " + fxml + ": " + e.getMessage(), e);
        }
        view.refreshNow();
        view.refreshWhileShowing();
        return view;
    }

    /** For the layout's bindings: {@code ${controller.viewModel.force}}. */
    public ShellViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }

    /** One poll of the live state into the view model, values and a trend point; FX thread only. */
    public void refreshNow() {
        refreshValues();
        refreshTrend();
    }

    private void refreshValues() {
        try {
            viewModel.refreshValues(live.snapshot(), live.link(), live.die(), live.downSince().orElse(null));
        } catch (RuntimeException e) {
            LOG.error("shell refresh failed", e);
        }
    }

    private void refreshTrend() {
        viewModel.refreshTrend(System.nanoTime());
    }

    private void refreshWhileShowing() {
        showing = root.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
        showing.addListener((obs, was, now) -> {
            if (now) {
                refresher.start();
            } else {
                refresher.stop();
            }
        });
        if (showing.getValue()) {
            refresher.start();
        }
    }
}
