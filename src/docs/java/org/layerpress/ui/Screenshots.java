package org.layerpress.ui;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import org.layerpress.testing.ScenePng;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Where the pictures for the documentation go and how a scene becomes one ({@link ScenePng}).
 */
public final class Screenshots {

    /** The folder given by {@code -Dlayerpress.screenshots} ({@code target/screens} under the docs profile). */
    public static Path folder() {
        return Path.of(System.getProperty("layerpress.screenshots", "target/screens"));
    }

    public static Path file(String name) {
        return folder().resolve(name.endsWith(".png") || name.endsWith(".pdf") ? name : name + ".png");
    }

    private Screenshots() {
    }

    /** The scene as {@code <folder>/<name>.png}, taken on the FX thread once pending layout is done. */
    public static Path shoot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = WaitForAsyncUtils.asyncFx(() -> save(scene, file(name))).get(10, SECONDS);
        if (Files.size(file) <= 10_000) {
            throw new IllegalStateException(file + " is too small to be a picture of a screen");
        }
        return file;
    }

    /** Saves the scene to this PNG file (folders made as needed); FX thread only. */
    public static Path save(Scene scene, Path file) {
        return ScenePng.save(scene, file);
    }
}
