package org.layerpress.ui;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk HMI: a full-screen stage with no exit hint and no exit key (the PLC owns safety; the HMI
 * just must not be left by a stray touch), or a 1280×800 window in dev mode. Start it with
 * {@link #launch(HmiContext)}, never as a main class (stack.md: "JavaFX runtime components are missing").
 */
public final class HmiApplication extends Application {

    /** The design panel: 10.1" 1280×800. */
    public static final double PANEL_WIDTH = 1280;
    public static final double PANEL_HEIGHT = 800;
    private static final Logger LOG = LoggerFactory.getLogger(HmiApplication.class);
    private static final AtomicReference<HmiContext> CONTEXT = new AtomicReference<>();

    /** Starts JavaFX and shows the shell; blocks until the HMI exits. Once per JVM (a JavaFX rule). */
    public static void launch(HmiContext ctx) {
        CONTEXT.set(Objects.requireNonNull(ctx, "ctx"));
        Application.launch(HmiApplication.class);
    }

    /** The shell screen with the theme applied, sized for the panel; call on the FX thread (tests do). */
    public static Scene createShellScene(HmiContext ctx) {
        LayoutLocator layouts = new LayoutLocator(ctx.layoutsDir());
        ShellView view = ShellView.load(layouts, ctx.live(), new ShellViewModel(ctx.pressModel()));
        Scene scene = new Scene(view.root(), PANEL_WIDTH, PANEL_HEIGHT);
        scene.getStylesheets().add(layouts.stylesheet("theme.css"));
        return scene;
    }

    @Override
    public void start(Stage stage) {
        HmiContext ctx = context();
        Scene scene = createShellScene(ctx);
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
        HmiContext ctx = CONTEXT.getAndSet(null);
        if (ctx != null) {
            try {
                ctx.onClose().run();
            } catch (RuntimeException e) {
                LOG.warn("closing the press link failed: {}", e.getMessage(), e);
            }
        }
    }

    private static HmiContext context() {
        HmiContext ctx = CONTEXT.get();
        if (ctx == null) {
            throw new IllegalStateException("start the HMI with HmiApplication.launch(HmiContext)");
        }
        return ctx;
    }
}
