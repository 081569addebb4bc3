package org.layerpress.ui.admin;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;

/** Helpers for admin screen tests: a content-area scene with the theme, and PNG snapshots. */
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

    /** Writes the scene as a PNG; call on the FX thread. javafx-swing is not a dependency, so pixels are copied. */
    static void png(Scene scene, Path file) throws IOException {
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
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(out, "png", file.toFile());
    }
}
