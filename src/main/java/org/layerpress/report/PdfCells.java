package org.layerpress.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The report's tables and cells, laid out one way: grey rules, shaded heads, text mapped by {@link PdfText}. */
final class PdfCells {

    private PdfCells() {
    }

    static Paragraph labelled(String label, String value) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(label + ": ", PdfText.BODY));
        p.add(new Chunk(text(value), PdfText.BOLD));
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
        PdfPCell v = new PdfPCell(new Phrase(text(value), PdfText.BODY));
        v.setBorder(Rectangle.BOTTOM);
        v.setBorderColor(PdfText.RULE);
        v.setPadding(3);
        t.addCell(v);
    }

    static void cell(PdfPTable t, String value, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text(value), font));
        c.setBorderColor(PdfText.RULE);
        c.setPadding(3);
        t.addCell(c);
    }

    static String time(java.time.Instant t) {
        return Numbers.utc(t).replace(" UTC", "");
    }

    static String text(String s) {
        return PdfText.latin(s);
    }
}
