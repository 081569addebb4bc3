package org.layerpress.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The covered layouts write no words of their own: every {@code text} or {@code promptText} is a
 * {@code %key} of the bundles or a {@code ${…}} binding, and every key they name exists in each language.
 */
class FxmlWordsTest {

    private static final Pattern TEXT = Pattern.compile("\\b(text|promptText|accessibleText|action|caption|limitText)=\"([^\"]*)\"");

    private static String layout(String screen) throws IOException {
        try (InputStream in = LayoutLocator.classpathOnly().fxml(screen).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void coveredLayoutsHaveNoLiteralText() throws IOException {
        List<String> literal = new ArrayList<>();
        for (String screen : CoveredScreens.FXML) {
            Matcher m = TEXT.matcher(layout(screen));
            while (m.find()) {
                String value = m.group(2);
                if (!value.isEmpty() && !value.startsWith("%") && !value.startsWith("${")) {
                    literal.add(screen + ".fxml: " + m.group());
                }
            }
        }
        assertEquals(List.of(), literal);
    }

    @Test
    void everyKeyACoveredLayoutNamesIsInEachLanguage() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String screen : CoveredScreens.FXML) {
            Matcher m = TEXT.matcher(layout(screen));
            while (m.find()) {
                if (!m.group(2).startsWith("%")) {
                    continue;
                }
                String key = m.group(2).substring(1);
                // Each file on its own: a key found only through the English parent is still missing.
                for (String suffix : List.of("", "_de", "_zh")) {
                    if (!BundleKeysTest.keys(suffix).contains(key)) {
                        missing.add(screen + ".fxml " + key + " [messages" + suffix + "]");
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

}
