package org.layerpress.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutLocatorTest {

    @Test
    void shippedLayoutsComeFromTheClasspath() {
        LayoutLocator layouts = LayoutLocator.classpathOnly();

        assertTrue(layouts.fxml("Shell").toExternalForm().endsWith("hmi-layouts/Shell.fxml"));
        assertTrue(layouts.stylesheet("theme.css").endsWith("hmi-layouts/theme.css"));
    }

    @Test
    void siteFolderWinsWhenItHasTheFile(@TempDir Path site) throws IOException {
        Path theme = Files.writeString(site.resolve("theme.css"), ".root { -fx-font-size: 30px; }");
        LayoutLocator layouts = new LayoutLocator(Optional.of(site));

        assertEquals(theme.toUri().toURL().toExternalForm(), layouts.stylesheet("theme"));
        assertTrue(layouts.fxml("Shell.fxml").toExternalForm().endsWith("hmi-layouts/Shell.fxml"), "not in the site folder: shipped one");
    }

    @Test
    void missingLayoutNamesWhereItLooked(@TempDir Path site) {
        LayoutLocator layouts = new LayoutLocator(Optional.of(site));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> layouts.fxml("Nowhere"));
        assertTrue(e.getMessage().contains("Nowhere.fxml") && e.getMessage().contains(site.getFileName().toString()), e.getMessage());
    }

    @Test
    void missingSiteFolderIsRefusedAtOnce(@TempDir Path tmp) {
        assertThrows(IllegalArgumentException.class, () -> new LayoutLocator(Optional.of(tmp.resolve("absent"))));
    }

    @Test
    void layoutNamesArePlainFileNames() {
        assertThrows(IllegalArgumentException.class, () -> LayoutLocator.classpathOnly().fxml("../pom.xml"));
    }
}
