package org.layerpress.ui;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Where the pictures for the documentation go and how a scene becomes one: {@code scene.snapshot}
 * works under Monocle too, and javafx-swing is not a dependency, so pixels are copied.
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
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(out, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
