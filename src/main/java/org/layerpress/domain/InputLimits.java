package org.layerpress.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Every limit on what reaches the product from outside: files, scans, typed text and typed numbers
 * (docs/input-limits.md lists them in one table). One place, so a file reader, a use case, a screen
 * and the database migration that bounds the columns all agree, and so every refusal reads alike:
 * it names what was refused and the limit, and shows at most a short excerpt, never the input
 * itself (a megabyte scan must not come back as a megabyte message on the screen or in the log).
 *
 * <p>Scanners are keyboard wedges: they end a code with Enter (CR, LF or both) and some with TAB.
 * Those trailing characters are trimmed, like surrounding spaces; any other control character (ESC,
 * NUL, a CR in the middle…) is refused, never silently dropped, because it means the scanner or the
 * label is misconfigured and the code read may not be the code printed.
 */
public final class InputLimits {

    /** Which characters a text may hold once trimmed. */
    public enum Chars {
        /** A code a scanner reads or a person keys in: printable characters only, no control or invisible formatting character. */
        CODE,
        /** One line of text (a name, a title): no control character. */
        LINE,
        /** Free text that may run over lines (a reason, a comment, a purpose): line breaks and tabs, no other control character. */
        TEXT
    }

    /** How long an excerpt of refused input a message shows, in characters. */
    public static final int EXCERPT_CHARS = 40;

    // ---------------------------------------------------------------- people

    /** A login (the pattern itself is {@code UserNames.login}'s). */
    public static final TextLimit LOGIN = new TextLimit("a login", 32, Chars.CODE);
    /** A full name, printed on signatures. */
    public static final TextLimit FULL_NAME = new TextLimit("a full name", 80, Chars.LINE);
    /** What a badge scanner types. */
    public static final TextLimit BADGE_ID = new TextLimit("a badge id", 64, Chars.CODE);

    // ---------------------------------------------------------------- the batch

    /** A die's id, as scanned or tapped to start a batch. */
    public static final TextLimit DIE_ID = new TextLimit("a die id", 32, Chars.CODE);
    /** A powder lot, scanned or keyed in at a weighing. */
    public static final TextLimit LOT = new TextLimit("a powder lot", 64, Chars.CODE);
    /** What a SCAN step reads (a die id or a lot). */
    public static final TextLimit SCAN = new TextLimit("a scanned code", 64, Chars.CODE);
    /** An instrument's id: a press model (80) and "/" and a signal name, or a balance id (docs/calibration.md). */
    public static final TextLimit INSTRUMENT_ID = new TextLimit("an instrument id", 120, Chars.LINE);
    /** A calibration certificate's number, as the calibration lab printed it. */
    public static final TextLimit CERTIFICATE_ID = new TextLimit("a certificate id", 64, Chars.LINE);
    /** The heaviest weighing a person may enter: far above any recipe's layer (at most 5 000 mg), so only a typo reaches it. */
    public static final double WEIGHED_MASS_MAX_MG = 50_000;

    // ---------------------------------------------------------------- reasons and comments

    /** Why something was done: an abort, a deviation, a change, a rejection, an amendment. */
    public static final TextLimit REASON = new TextLimit("a reason", 500, Chars.TEXT);
    /** A signer's comment. */
    public static final TextLimit COMMENT = new TextLimit("a signature comment", 500, Chars.TEXT);
    /** The corrected value of an amendment (a lot, a mass…). */
    public static final TextLimit CORRECTED_VALUE = new TextLimit("a corrected value", 500, Chars.LINE);

    // ---------------------------------------------------------------- recipes

    public static final TextLimit RECIPE_NAME = new TextLimit("a recipe name", 80, Chars.LINE);
    public static final TextLimit RECIPE_PURPOSE = new TextLimit("a recipe's purpose", 2000, Chars.TEXT);
    public static final TextLimit STEP_TITLE = new TextLimit("a step title", 80, Chars.LINE);
    public static final TextLimit LAYER_NAME = new TextLimit("a layer name", 80, Chars.LINE);
    public static final TextLimit MATERIAL = new TextLimit("a material", 80, Chars.LINE);
    /** One item of a CHECK step or one question of an INSPECT step. */
    public static final TextLimit CHECK_ITEM = new TextLimit("a checklist item or question", 200, Chars.LINE);
    public static final int RECIPE_STEPS_MAX = 100;
    /** Items of one CHECK step, questions of one INSPECT step. */
    public static final int STEP_ITEMS_MAX = 20;

    // ---------------------------------------------------------------- files

    /** A recipe file, and a recipe's text as stored: real ones are a few KiB. */
    public static final int RECIPE_FILE_MAX_BYTES = 256 * 1024;
    /** A plc-mapping file: real ones are a few KiB. */
    public static final int MAPPING_FILE_MAX_BYTES = 256 * 1024;
    /** The press model of a mapping's or recipe's {@code press:} section. */
    public static final TextLimit PRESS_MODEL = new TextLimit("a press model", 80, Chars.LINE);
    /** A glovebox mapping's {@code glovebox.model}: its name on screen and in the record. */
    public static final TextLimit GLOVEBOX_MODEL = new TextLimit("a glovebox model", 80, Chars.LINE);
    /** One fault text of a mapping, shown on the Held page and recorded with the hold. */
    public static final TextLimit FAULT_TEXT = new TextLimit("a fault text", 200, Chars.LINE);
    /**
     * YAML aliases ({@code *name}) that repeat a list or a section, per file: a "billion laughs" file
     * nests aliases of aliases until one kilobyte stands for gigabytes. Our files need none.
     */
    public static final int YAML_COLLECTION_ALIASES_MAX = 20;
    /** How deep lists and sections may nest in a YAML file; ours go 5 deep at most. */
    public static final int YAML_NESTING_MAX = 20;
    /**
     * What the YAML parser reads at most, in code points: a safety net for text already stored
     * (a control recipe in a batch record), which the file-size limits do not cover.
     */
    public static final int YAML_CODE_POINTS_MAX = 4 * 1024 * 1024;
    /**
     * The most any unbounded text column of the database may hold, in characters (event values, a
     * stored recipe, audit values, amendment values): four times what the limits above can produce.
     */
    public static final int STORED_TEXT_MAX_CHARS = 1024 * 1024;

    private InputLimits() {
    }

    /**
     * One limit on a text: at most {@code maxChars} characters (as Java and the database count them)
     * of the kind {@code chars}, after trimming.
     *
     * @param what how a message names the text, with its article ("a powder lot")
     */
    public record TextLimit(String what, int maxChars, Chars chars) {

        /** The text as it is kept (trimmed), or a refusal naming this limit. */
        public String accept(String value) {
            String t = trim(value);
            refusal(t).ifPresent(message -> {
                throw new InputRefusedException(this, message);
            });
            return t;
        }

        /** {@link #accept} for an optional text: empty stays empty. */
        public Optional<String> accept(Optional<String> value) {
            return value.map(this::accept);
        }

        /** Why {@code value} (trimmed first) breaks this limit, or empty when it does not. */
        public Optional<String> refusal(String value) {
            String t = trim(value);
            if (t.length() > maxChars) {
                return Optional.of(String.format(Locale.ROOT, "%s is too long: at most %,d characters, this one has %,d (%s)",
                        capitalised(what), maxChars, t.length(), excerpt(t)));
            }
            for (int i = 0; i < t.length(); ) {
                int c = t.codePointAt(i);
                if (!allowed(c)) {
                    return Optional.of(String.format(Locale.ROOT, "%s may not hold %s (%s) at character %d (%s)",
                            capitalised(what), Character.getType(c) == Character.FORMAT ? "the invisible character" : "the control character",
                            name(c), i + 1, excerpt(t)));
                }
                i += Character.charCount(c);
            }
            return Optional.empty();
        }

        private boolean allowed(int c) {
            if (Character.isISOControl(c)) {
                return chars == Chars.TEXT && (c == '\n' || c == '\r' || c == '\t');
            }
            int type = Character.getType(c);
            if (chars == Chars.CODE && (type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR)) {
                return false;
            }
            // A lone half of a surrogate pair is no character at all.
            return type != Character.SURROGATE && type != Character.UNASSIGNED;
        }
    }

    /**
     * A text as it is kept: the Enter (CR, LF) and TAB a scanner sends after a code are dropped from
     * the end, then surrounding spaces. Nothing else is removed, so a control character anywhere
     * else is still there to be refused.
     */
    public static String trim(String value) {
        if (value == null) {
            return "";
        }
        int end = value.length();
        while (end > 0 && (isSpace(value.charAt(end - 1)) || "\r\n\t".indexOf(value.charAt(end - 1)) >= 0)) {
            end--;
        }
        int start = 0;
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        return value.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || Character.isSpaceChar(c);
    }

    /**
     * At most {@link #EXCERPT_CHARS} characters of {@code value} in quotes, control characters shown
     * as {@code ?}, with "…" when there was more.
     */
    public static String excerpt(String value) {
        String v = value == null ? "" : value;
        int end = Math.min(v.length(), EXCERPT_CHARS);
        if (end < v.length() && Character.isHighSurrogate(v.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end + 4).append('\'');
        v.substring(0, end).codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c));
        out.append('\'');
        if (end < v.length()) {
            out.append('…');
        }
        return out.toString();
    }

    /** A refusal of a file over its size limit, before a byte of it is parsed. */
    public static String fileTooLarge(String kind, long bytes, int maxBytes) {
        return String.format(Locale.ROOT, "%s is too large: at most %,d bytes (%d KiB), this one has %,d bytes; it was not read",
                capitalised(kind), maxBytes, maxBytes / 1024, bytes);
    }

    /** The same for a stream whose size is only known to be over the limit: it was read up to one byte past it. */
    public static String fileTooLarge(String kind, int maxBytes) {
        return String.format(Locale.ROOT, "%s is too large: at most %,d bytes (%d KiB), this one has more; it was read no further",
                capitalised(kind), maxBytes, maxBytes / 1024);
    }

    /** A refusal of too many entries in a list (steps of a recipe, items of a step). */
    public static String tooMany(String what, int max, int got) {
        return String.format(Locale.ROOT, "too many %s: at most %d, this one has %,d", what, max, got);
    }

    private static String name(int c) {
        return switch (c) {
            case 0 -> "NUL, U+0000";
            case 7 -> "BEL, U+0007";
            case 8 -> "BS, U+0008";
            case '\t' -> "TAB, U+0009";
            case '\n' -> "LF, U+000A";
            case '\r' -> "CR, U+000D";
            case 0x1B -> "ESC, U+001B";
            case 0x1D -> "GS, U+001D";
            case 0x7F -> "DEL, U+007F";
            default -> String.format(Locale.ROOT, "U+%04X", c);
        };
    }

    private static String capitalised(String what) {
        return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
