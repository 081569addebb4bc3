package org.layerpress.ui.fx;

/**
 * Where a long identifier may wrap on screen. JavaFX wraps plain text only at whitespace (it asks a
 * line break iterator only for complex scripts), so a word wider than the rest of its line is cut
 * wherever it runs out of room: "press/platenTemperatureBottom" broke inside the signal's name, a
 * certificate id inside one of its parts. A zero-width space does not help (it is not whitespace to
 * JavaFX); a hair space after each "/" and "-" does, and draws a gap of a pixel or two. Only for what
 * is shown: the records, the audit trail and the typed ids never hold it.
 */
public final class LineBreaks {

    /** U+200A HAIR SPACE: the narrowest character JavaFX wraps at. */
    public static final char HAIR_SPACE = '\u200A';

    private LineBreaks() {
    }

    /** The id with a place to wrap after each "/" and "-" that has more after it. */
    public static String inId(String id) {
        StringBuilder out = new StringBuilder(id.length() + 8);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            out.append(c);
            if ((c == '/' || c == '-') && i + 1 < id.length() && !Character.isWhitespace(id.charAt(i + 1))) {
                out.append(HAIR_SPACE);
            }
        }
        return out.toString();
    }

    /** The text as stored, without the places to wrap added for the screen. */
    public static String plain(String shown) {
        return shown.replace(String.valueOf(HAIR_SPACE), "");
    }
}
