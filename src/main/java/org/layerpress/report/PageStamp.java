package org.layerpress.report;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Stamps every page of a finished report with its running header line and footer: "Page n of m"
 * and the SHA-256 of the record's canonical content. Done after layout, because m is only known
 * then; written as plain page text (not a shared form), so a text search finds it on every page.
 */
final class PageStamp {

    private PageStamp() {
    }

    static void stamp(byte[] pdf, OutputStream out, String batchId, String contentHash, String printed) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(pdf.length + 4096);
        PdfStamper stamper = new PdfStamper(reader, buffer);
        BaseFont font = PdfText.base(false);
        BaseFont bold = PdfText.base(true);
        int pages = reader.getNumberOfPages();
        for (int i = 1; i <= pages; i++) {
            Rectangle size = reader.getPageSize(i);
            PdfContentByte c = stamper.getOverContent(i);
            float left = 36;
            float right = size.getWidth() - 36;
            c.setColorStroke(PdfText.RULE);
            c.setLineWidth(0.4f);
            c.moveTo(left, 40);
            c.lineTo(right, 40);
            c.moveTo(left, size.getHeight() - 30);
            c.lineTo(right, size.getHeight() - 30);
            c.stroke();
            c.beginText();
            c.setColorFill(PdfText.GREY);
            c.setFontAndSize(font, 7);
            c.showTextAligned(PdfContentByte.ALIGN_LEFT, PdfText.latin("LayerPress batch record " + batchId), left, size.getHeight() - 26, 0);
            c.showTextAligned(PdfContentByte.ALIGN_RIGHT, PdfText.latin(printed), right, size.getHeight() - 26, 0);
            c.showTextAligned(PdfContentByte.ALIGN_LEFT, "Record SHA-256: " + contentHash, left, 30, 0);
            c.showTextAligned(PdfContentByte.ALIGN_LEFT, "Any change to the record changes this hash; a signature binds to it.", left, 21, 0);
            c.setColorFill(PdfText.INK);
            c.setFontAndSize(bold, 8);
            c.showTextAligned(PdfContentByte.ALIGN_RIGHT, "Page " + i + " of " + pages, right, 30, 0);
            c.endText();
        }
        stamper.close();
        reader.close();
        buffer.writeTo(out);
    }
}
