package org.layerpress.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every language has the keys it claims; a key added in English alone fails here, not on a screen. */
class BundleKeysTest {

    /** The keys of one file, e.g. {@code "_de"}; {@code ""} is English. */
    static Set<String> keys(String suffix) throws IOException {
        String path = Words.BUNDLE.replace('.', '/') + suffix + ".properties";
        try (InputStream in = BundleKeysTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, "no bundle " + path);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(p.stringPropertyNames());
        }
    }

    private static String group(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    @Test
    void completeLanguagesHaveExactlyTheEnglishKeys() throws IOException {
        Set<String> english = keys("");
        for (String language : CoveredScreens.COMPLETE) {
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys("_" + language));
            Set<String> extra = new TreeSet<>(keys("_" + language));
            extra.removeAll(english);
            assertEquals(Set.of(), missing, language + " lacks these keys");
            assertEquals(Set.of(), extra, language + " has keys English lacks (misspelt?)");
        }
    }

    @Test
    void operatorLanguagesHaveEveryOperatorKey() throws IOException {
        Set<String> english = keys("");
        Set<String> operatorKeys = english.stream().filter(k -> CoveredScreens.OPERATOR_GROUPS.contains(group(k)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(operatorKeys.size() > 10, "the operator groups are in the English file");
        for (String language : CoveredScreens.OPERATOR_ONLY) {
            Set<String> own = keys("_" + language);
            Set<String> missing = new TreeSet<>(operatorKeys);
            missing.removeAll(own);
            Set<String> extra = new TreeSet<>(own);
            extra.removeAll(english);
            assertEquals(Set.of(), missing, language + " lacks these operator keys");
            assertEquals(Set.of(), extra, language + " has keys English lacks (misspelt?)");
        }
    }

    @Test
    void aLanguageReadsItsOwnWordsAndTheJvmLocaleDoesNotLeakIn() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertEquals("Exit", Words.bundle(Locale.ENGLISH).getString("common.exit"));
            assertEquals("Beenden", Words.bundle(Locale.GERMAN).getString("common.exit"));
            assertEquals("退出", Words.bundle(Locale.SIMPLIFIED_CHINESE).getString("common.exit"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void decimalsTakeTheLanguagesMarkOnScreen() {
        Locale before = Words.locale();
        try {
            Words.use(Locale.GERMAN);
            assertEquals("28,35", Words.decimals("28.35"));
            Words.use(Locale.SIMPLIFIED_CHINESE);
            assertEquals("28.35", Words.decimals("28.35"));
        } finally {
            Words.use(before);
        }
    }
}
