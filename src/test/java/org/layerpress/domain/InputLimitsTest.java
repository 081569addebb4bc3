package org.layerpress.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.layerpress.domain.InputLimits.Chars;
import org.layerpress.domain.InputLimits.TextLimit;

/** Every text limit at, just over and far over its length, and the characters each kind refuses. */
class InputLimitsTest {

    /** A message that shows a refused input must stay this short, whatever the input. */
    private static final int SHORT_MESSAGE = 300;

    /** Every TextLimit InputLimits declares, found by reflection so a new one is tested too. */
    static Stream<Arguments> everyLimit() throws IllegalAccessException {
        List<Arguments> out = new ArrayList<>();
        for (Field f : InputLimits.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == TextLimit.class) {
                out.add(Arguments.of(f.getName(), f.get(null)));
            }
        }
        assertTrue(out.size() >= 15, "found the limits: " + out.size());
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLimit")
    void atTheLimitIsAcceptedAsTyped(String name, TextLimit limit) {
        String at = "a".repeat(limit.maxChars());
        assertEquals(at, limit.accept(at));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLimit")
    void justOverTheLimitIsRefusedNamingTheLimit(String name, TextLimit limit) {
        InputRefusedException e = assertThrows(InputRefusedException.class, () -> limit.accept("a".repeat(limit.maxChars() + 1)));
        assertTrue(e.getMessage().contains("at most " + String.format(java.util.Locale.ROOT, "%,d", limit.maxChars()) + " characters"), e.getMessage());
        assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).startsWith(limit.what().toLowerCase(java.util.Locale.ROOT)), e.getMessage());
        assertEquals(limit, e.limit());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLimit")
    void farOverTheLimitIsRefusedInAShortMessageWithAnExcerpt(String name, TextLimit limit) {
        String megabyte = "X".repeat(1_000_000);
        InputRefusedException e = assertThrows(InputRefusedException.class, () -> limit.accept(megabyte));
        assertTrue(e.getMessage().length() < SHORT_MESSAGE, e.getMessage().length() + " characters: " + e.getMessage());
        assertTrue(e.getMessage().contains("this one has 1,000,000"), e.getMessage());
        assertTrue(e.getMessage().contains("'" + "X".repeat(InputLimits.EXCERPT_CHARS) + "'…"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLimit")
    void aScannersTrailingEnterAndTabAreTrimmedBeforeTheLengthIsCounted(String name, TextLimit limit) {
        String at = "7".repeat(limit.maxChars());
        assertEquals(at, limit.accept(at + "\r\n"));
        assertEquals(at, limit.accept(at + "\r"));
        assertEquals(at, limit.accept(at + "\n"));
        assertEquals(at, limit.accept(at + "\t"));
        assertEquals(at, limit.accept("  " + at + " \r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLimit")
    void escapeAndNulInsideAreRefusedNotDropped(String name, TextLimit limit) {
        InputRefusedException esc = assertThrows(InputRefusedException.class, () -> limit.accept("LOT\u001B42"));
        assertTrue(esc.getMessage().contains("ESC, U+001B") && esc.getMessage().contains("at character 4"), esc.getMessage());
        assertTrue(esc.getMessage().contains("'LOT?42'"), "the excerpt shows the control character as ?: " + esc.getMessage());
        InputRefusedException nul = assertThrows(InputRefusedException.class, () -> limit.accept("\u0000LOT42"));
        assertTrue(nul.getMessage().contains("NUL"), nul.getMessage());
        assertThrows(InputRefusedException.class, () -> limit.accept("LOT42\u007F"), "DEL");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLimit")
    void aLineBreakInsideIsRefusedUnlessTheTextMayRunOverLines(String name, TextLimit limit) {
        String twoLines = "first line\nsecond line\tand a tab";
        if (limit.chars() == Chars.TEXT) {
            assertEquals(twoLines, limit.accept(twoLines));
        } else {
            InputRefusedException e = assertThrows(InputRefusedException.class, () -> limit.accept(twoLines));
            assertTrue(e.getMessage().contains("LF, U+000A"), e.getMessage());
        }
    }

    @Test
    void aCodeRefusesInvisibleFormattingThatALineAllows() {
        String zeroWidth = "D10\u200B-01";
        InputRefusedException e = assertThrows(InputRefusedException.class, () -> InputLimits.DIE_ID.accept(zeroWidth));
        assertTrue(e.getMessage().contains("invisible character (U+200B)"), e.getMessage());
        assertThrows(InputRefusedException.class, () -> InputLimits.BADGE_ID.accept("B-10\u202E01"), "a right-to-left override");
        assertEquals("Ana\u200DMaria", InputLimits.FULL_NAME.accept("Ana\u200DMaria"));
    }

    @Test
    void nothingIsEmptyAndEmptyIsNotOverAnyLimit() {
        assertEquals("", InputLimits.LOT.accept((String) null));
        assertEquals("", InputLimits.LOT.accept(" \r\n"));
        assertFalse(InputLimits.REASON.refusal("").isPresent());
    }

    @Test
    void anExcerptNeverSplitsACharacterAndSaysWhenThereWasMore() {
        String emoji = "a".repeat(InputLimits.EXCERPT_CHARS - 1) + "\uD83D\uDE00" + "b";
        String shown = InputLimits.excerpt(emoji);
        assertTrue(shown.endsWith("'…"), shown);
        assertFalse(shown.contains("\uD83D'"), "no lone half of a surrogate pair: " + shown);
        assertEquals("'short'", InputLimits.excerpt("short"));
    }

    @Test
    void aFileOverItsSizeIsRefusedNamingBothSizes() {
        String m = InputLimits.fileTooLarge("a recipe file", 10L * 1024 * 1024, InputLimits.RECIPE_FILE_MAX_BYTES);
        assertEquals("A recipe file is too large: at most 262,144 bytes (256 KiB), this one has 10,485,760 bytes; it was not read", m);
    }
}
