package org.layerpress;

import org.layerpress.cli.LayerPressCli;

/**
 * Plain entry point. It must not extend {@code javafx.application.Application}: on the class path
 * such a main class fails with "JavaFX runtime components are missing" (docs/stack-notes.md#javafx).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(LayerPressCli.run(args));
    }
}
