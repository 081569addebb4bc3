package org.layerpress.report;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;

/**
 * Fonts and text for the report. The standard Helvetica (not embedded: every PDF reader has it)
 * speaks Windows-1252 only, so text is mapped to it: common symbols to ASCII look-alikes, anything
 * else to '?' (a missing glyph would silently vanish, a '?' is visibly there).
 */
final class PdfText {

    static final Color INK = new Color(0x20, 0x20, 0x20);
    static final Color GREY = new Color(0x6b, 0x6b, 0x6b);
    static final Color RULE = new Color(0xb8, 0xb8, 0xb8);
    static final Color SHADE = new Color(0xee, 0xee, 0xee);
    /** Abnormal only (ISA-101): deviations, rejections. Always with a word too. */
    static final Color ALERT = new Color(0xa0, 0x1c, 0x1c);

    static final Font TITLE = font(16, Font.BOLD, INK);
    static final Font HEADING = font(11, Font.BOLD, INK);
    static final Font BODY = font(8.5f, Font.NORMAL, INK);
    static final Font BOLD = font(8.5f, Font.BOLD, INK);
    static final Font SMALL = font(7, Font.NORMAL, GREY);
    static final Font HEAD_CELL = font(7.5f, Font.BOLD, INK);
    static final Font ALERT_BOLD = font(8.5f, Font.BOLD, ALERT);
    static final Font DECISION = font(14, Font.BOLD, INK);

    private static final Map<Character, String> LOOKALIKES = Map.of('≤', "<=", '≥', ">=", '→', "->", '←', "<-", '≈', "~", 'π', "pi",
            '✓', "ok", '✗', "x", '−', "-");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private PdfText() {
    }

    static BaseFont base(boolean bold) {
        try {
            return BaseFont.createFont(bold ? BaseFont.HELVETICA_BOLD : BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("the standard Helvetica font is built into OpenPDF", e);
        }
    }

    static String latin(String s) {
        CharsetEncoder enc = CP1252.newEncoder();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String swap = LOOKALIKES.get(c);
            if (swap != null) {
                out.append(swap);
            } else if (c == '\n' || c == '\t' || enc.canEncode(c)) {
                out.append(c);
            } else {
                out.append('?');
            }
        }
        return out.toString();
    }

    private static Font font(float size, int style, Color color) {
        return new Font(Font.HELVETICA, size, style, color);
    }
}
