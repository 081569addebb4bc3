package org.layerpress.ui.fx;

import java.util.List;
import javafx.scene.Scene;

/**
 * The touch theme: one stylesheet per control or screen family, loaded in this order through the
 * {@link LayoutLocator}, so a site folder ({@code --layouts DIR}) may override any one of them and
 * keep the rest. {@code theme.css} comes first: it holds the root font size every size is in em of,
 * and the {@code -lp-*} colours every other file looks up (no colour is written anywhere else).
 * The order matters where two files style the same node with equally specific rules (the later
 * one wins, as in one file): controls before screens, screens after the controls they adjust.
 */
public final class Theme {

    /** The stylesheets, first to last. */
    public static final List<String> FILES = List.of(
            "theme.css",
            "glyphs.css",
            "buttons.css",
            "screens.css",
            "readouts.css",
            "indicators.css",
            "chips.css",
            "message-line.css",
            "keys.css",
            "pickers.css",
            "lists.css",
            "tabs.css",
            "trend.css",
            "step-strip.css",
            "alarm-banner.css",
            "shell.css",
            "access.css",
            "refusal.css",
            // After access.css: the setup form is also a who-box, and its form spacing must win.
            "forms.css",
            "admin.css",
            "recipes.css",
            "run.css",
            "records.css");

    private Theme() {
    }

    /** Each file's URL as {@code Scene.getStylesheets()} takes it, the site's copy where it has one. */
    public static List<String> stylesheets(LayoutLocator layouts) {
        return FILES.stream().map(layouts::stylesheet).toList();
    }

    /** Styles {@code scene} with the whole theme (after any stylesheets it already has). */
    public static Scene apply(Scene scene, LayoutLocator layouts) {
        scene.getStylesheets().addAll(stylesheets(layouts));
        return scene;
    }
}
