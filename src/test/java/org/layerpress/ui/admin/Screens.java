package org.layerpress.ui.admin;

import javafx.scene.Parent;
import javafx.scene.Scene;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;

/** Helpers for admin screen tests: a content-area scene with the theme. */
final class Screens {

    /** The main frame's content area on the 1280×800 panel, below its bar. */
    static final double WIDTH = 1280;
    static final double HEIGHT = 700;

    private Screens() {
    }

    static Scene scene(Parent content) {
        Scene scene = new Scene(content, WIDTH, HEIGHT);
        Theme.apply(scene, LayoutLocator.classpathOnly());
        return scene;
    }

}
