package org.layerpress.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The report's tables and cells, laid out one way: grey rules, shaded heads, text mapped by {@link PdfText}. */
final class PdfCells {

    private PdfCells() {
    }

    static Paragraph labelled(String label, String value) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(label + ": ", PdfText.BODY));
        p.addAll(phrase(value, PdfText.BOLD));
        return p;
    }

    /** A date and time, a date or a time of day: the pieces of text a line must never break inside. */
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2})?)?|\\d{2}:\\d{2}:\\d{2}");

    /**
     * Text as chunks, every timestamp in it one unbreakable chunk: OpenPDF breaks a line at spaces
     * and hyphens, which put "2026-" at the end of one line and "11-25 10:13:27" on the next. A
     * timestamp that does not fit at the end of a line moves whole to the next.
     */
    static Phrase phrase(String value, Font font) {
        Phrase p = new Phrase();
        String s = text(value);
        Matcher m = TIMESTAMP.matcher(s);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                p.add(new Chunk(s.substring(at, m.start()), font));
            }
            p.add(new Chunk(m.group(), font).setSplitCharacter(NEVER));
            at = m.end();
        }
        if (at < s.length()) {
            p.add(new Chunk(s.substring(at), font));
        }
        return p;
    }

    static PdfPTable table(float[] widths, String... heads) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingBefore(2);
        for (String h : heads) {
            PdfPCell c = new PdfPCell(new Phrase(text(h), PdfText.HEAD_CELL));
            c.setBackgroundColor(PdfText.SHADE);
            c.setBorderColor(PdfText.RULE);
            c.setPadding(3);
            t.addCell(c);
        }
        return t;
    }

    static void row(PdfPTable t, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(text(label), PdfText.HEAD_CELL));
        l.setBorder(Rectangle.BOTTOM);
        l.setBorderColor(PdfText.RULE);
        l.setPadding(3);
        t.addCell(l);
        PdfPCell v = new PdfPCell(phrase(value, PdfText.BODY));
        v.setBorder(Rectangle.BOTTOM);
        v.setBorderColor(PdfText.RULE);
        v.setPadding(3);
        t.addCell(v);
    }

    static void cell(PdfPTable t, String value, Font font) {
        PdfPCell c = new PdfPCell(phrase(value, font));
        c.setBorderColor(PdfText.RULE);
        c.setPadding(3);
        t.addCell(c);
    }

    /**
     * A cell of times, one per line, each line one piece that never breaks (OpenPDF would split
     * "2026-11-25" at its hyphens and a time at its spaces): the column must be wide enough, and
     * the report's are, for a time of day and for a date.
     */
    static void timeCell(PdfPTable t, List<String> lines) {
        timeCell(t, List.of(), lines);
    }

    /** {@link #timeCell} after some words that may wrap (who acknowledged). */
    static void timeCell(PdfPTable t, List<String> words, List<String> lines) {
        Phrase p = new Phrase();
        for (String w : words) {
            p.addAll(phrase(w + "\n", PdfText.BODY));
        }
        for (int i = 0; i < lines.size(); i++) {
            p.add(new Chunk(text(lines.get(i)), PdfText.BODY).setSplitCharacter(NEVER));
            if (i < lines.size() - 1) {
                p.add(new Chunk("\n", PdfText.BODY));
            }
        }
        PdfPCell c = new PdfPCell(p);
        c.setBorderColor(PdfText.RULE);
        c.setPadding(3);
        t.addCell(c);
    }

    private static final SplitCharacter NEVER = (start, current, end, cc, ck) -> false;

    static String text(String s) {
        return PdfText.latin(s);
    }
}
