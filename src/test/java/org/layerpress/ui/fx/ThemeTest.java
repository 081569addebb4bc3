package org.layerpress.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme's files: all shipped, root first, and a site folder overrides any one of them alone. */
class ThemeTest {

    @Test
    void everyFileShipsAndTheRootComesFirst() {
        List<String> sheets = Theme.stylesheets(LayoutLocator.classpathOnly());
        assertEquals(Theme.FILES.size(), sheets.size());
        assertTrue(sheets.get(0).endsWith("hmi-layouts/theme.css"), sheets.get(0));
        for (int i = 0; i < sheets.size(); i++) {
            assertTrue(sheets.get(i).endsWith("hmi-layouts/" + Theme.FILES.get(i)), sheets.get(i));
        }
    }

    @Test
    void aSiteFolderOverridesOneFileAndKeepsTheRest(@TempDir Path site) throws IOException {
        Path buttons = Files.writeString(site.resolve("buttons.css"), ".button { -fx-min-height: 6em; }");

        List<String> sheets = Theme.stylesheets(new LayoutLocator(Optional.of(site)));

        int at = Theme.FILES.indexOf("buttons.css");
        assertEquals(buttons.toUri().toURL().toExternalForm(), sheets.get(at), "the site's buttons, in the same place");
        for (int i = 0; i < sheets.size(); i++) {
            if (i != at) {
                assertTrue(sheets.get(i).endsWith("hmi-layouts/" + Theme.FILES.get(i)), "shipped: " + sheets.get(i));
            }
        }
    }
}
