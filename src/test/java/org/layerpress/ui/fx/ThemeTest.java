package org.layerpress.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme's files: all shipped, root first, colours only in the root, and a site folder overrides any one of them alone. */
class ThemeTest {

    /** A colour written out: hex, rgb()/hsb() with or without alpha, or a named colour. */
    private static final Pattern COLOUR = Pattern.compile(
            "#[0-9a-fA-F]{3,8}\\b|\\b(rgb|rgba|hsb|hsba)\\(|(?<![\\w-])(transparent|white|black|red|green|blue|yellow|orange|gray|grey|silver)(?![\\w-])");

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

    @Test
    void coloursAreWrittenOnlyInTheRootFile() throws IOException {
        String root = read("theme.css");
        assertTrue(COLOUR.matcher(root).find(), "the root file defines the -lp-* colours");
        for (String file : Theme.FILES.subList(1, Theme.FILES.size())) {
            Matcher m = COLOUR.matcher(withoutComments(read(file)));
            assertTrue(!m.find(), () -> file + " writes a colour (" + m.group() + "): use an -lp-* variable from theme.css");
        }
    }

    private static String read(String file) throws IOException {
        try (InputStream in = URI.create(LayoutLocator.classpathOnly().stylesheet(file)).toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }
}
