package org.layerpress.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves a scene as PNG (scene.snapshot, which works under Monocle too); no javafx-swing needed. FX thread only. */
public final class Screenshots {

    public static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {
    }

    public static Path save(Scene scene, String name) {
        return save(scene, FOLDER.resolve(name + ".png"));
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
