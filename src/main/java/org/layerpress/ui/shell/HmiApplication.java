package org.layerpress.ui.shell;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.layerpress.ui.fx.DesignPanel;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;
import org.layerpress.ui.fx.UseCaseRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk HMI: a full-screen stage with no exit hint and no exit key (the PLC owns safety; the HMI
 * just must not be left by a stray touch), or a 1280×800 window in dev mode. Start it with
 * {@link #launch(HmiContext)}, never as a main class (docs/stack-notes.md#javafx: "JavaFX runtime components are missing").
 */
public final class HmiApplication extends Application {

    /** The design panel: 10.1" 1280×800. */
    public static final double PANEL_WIDTH = DesignPanel.WIDTH_PX;
    public static final double PANEL_HEIGHT = DesignPanel.HEIGHT_PX;
    private static final Logger LOG = LoggerFactory.getLogger(HmiApplication.class);
    private static final AtomicReference<HmiStart> CONTEXT = new AtomicReference<>();

    /** Starts JavaFX and shows the HMI; blocks until the HMI exits. Once per JVM (a JavaFX rule). */
    public static void launch(HmiContext ctx) {
        launch(HmiStart.ready(ctx));
    }

    /**
     * As {@link #launch(HmiContext)}, for a station that is still starting on another thread: the
     * login screen shows at once, and the rest follows as {@code start}'s parts complete.
     */
    public static void launch(HmiStart start) {
        CONTEXT.set(Objects.requireNonNull(start, "start"));
        Application.launch(HmiApplication.class);
    }

    /**
     * The whole HMI (setup if needed → login → main frame) with the theme applied, sized for the panel;
     * leaving kiosk mode, once a Supervisor or Admin approved it, runs {@code exitApplication}. Call on
     * the FX thread (tests do, with their own exit action).
     */
    public static Scene createScene(HmiContext ctx, Runnable exitApplication) {
        return createScene(HmiStart.ready(ctx), exitApplication);
    }

    /** As {@link #createScene(HmiContext, Runnable)}, for a station still starting. */
    public static Scene createScene(HmiStart start, Runnable exitApplication) {
        LayoutLocator layouts = new LayoutLocator(start.layoutsDir());
        Navigator navigator = new Navigator(start, layouts, UseCaseRunner.fx(), exitApplication);
        Scene scene = new Scene(navigator.root(), PANEL_WIDTH, PANEL_HEIGHT);
        Theme.apply(scene, layouts);
        navigator.start();
        return scene;
    }

    /** The whole HMI; an approved exit ends JavaFX, which runs {@link HmiContext#onClose()} in {@link #stop()}. */
    public static Scene createScene(HmiContext ctx) {
        return createScene(ctx, Platform::exit);
    }

    /** The press panel alone (no login), with the theme applied, sized for the panel; FX thread only. */
    public static Scene createShellScene(HmiContext ctx) {
        LayoutLocator layouts = new LayoutLocator(ctx.layoutsDir());
        ShellView view = ShellView.load(layouts, ctx.live(), ShellViewModel.forPress(ctx.pressModel(), ctx.live()));
        Scene scene = new Scene(view.root(), PANEL_WIDTH, PANEL_HEIGHT);
        Theme.apply(scene, layouts);
        return scene;
    }

    @Override
    public void start(Stage stage) {
        HmiStart ctx = context();
        // The scene guards the stage's close request itself: closing needs a Supervisor's or Admin's PIN.
        Scene scene = createScene(ctx, Platform::exit);
        stage.setTitle("LayerPress \u2014 " + ctx.pressModel());
        stage.setScene(scene);
        if (!ctx.windowed()) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
            scene.setCursor(Cursor.NONE);
        }
        stage.show();
        LOG.info("HMI shown {}", ctx.windowed() ? "in a window" : "full screen");
    }

    @Override
    public void stop() {
        HmiStart ctx = CONTEXT.getAndSet(null);
        if (ctx != null) {
            try {
                ctx.onClose().run();
            } catch (RuntimeException e) {
                LOG.warn("closing the press link failed: {}", e.getMessage(), e);
            }
        }
    }

    private static HmiStart context() {
        HmiStart ctx = CONTEXT.get();
        if (ctx == null) {
            throw new IllegalStateException("start the HMI with HmiApplication.launch(HmiContext)");
        }
        return ctx;
    }
}
