package org.layerpress.report;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.layerpress.application.review.BatchRecord;

/**
 * Stamps every page of a finished report with its running header line and footer: "Page n of m"
 * and the SHA-256 of the record's canonical content, and on a training batch the {@link #TRAINING}
 * mark, in the header and large across the page behind the content, so no single page of it can
 * pass for production. Done after layout, because m is only known then; written as plain page text
 * (not a shared form), so a text search finds it on every page.
 */
final class PageStamp {

    /** What every page of a training batch's report says. */
    static final String TRAINING = "TRAINING — NOT PRODUCTION";
    /** Behind the content: light enough that the trace, the band and the values stay readable. */
    private static final java.awt.Color WATERMARK = new java.awt.Color(0xdd, 0xdd, 0xdd);

    private PageStamp() {
    }

    /**
     * @param sealBroken the stored rows do not match the batch's seal: every page says so at its foot,
     *                   so no single page can be passed on as a sound record
     */
    static void stamp(byte[] pdf, OutputStream out, String batchId, String contentHash, String printed, boolean training, boolean sealBroken)
            throws IOException {
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
            if (sealBroken) {
                c.setFontAndSize(bold, 10);
                c.showTextAligned(PdfContentByte.ALIGN_RIGHT, "RECORD " + BatchRecord.SEAL_MARK, right, 12, 0);
            }
            c.endText();
            if (training) {
                trainingMark(c, stamper.getUnderContent(i), bold, size, (left + right) / 2);
            }
        }
        stamper.close();
        reader.close();
        buffer.writeTo(out);
    }

    /** In a frame in the middle of the header line, and diagonally across the page under the content. */
    private static void trainingMark(PdfContentByte over, PdfContentByte under, BaseFont bold, Rectangle size, float centre) {
        String mark = PdfText.latin(TRAINING);
        float fontSize = 10;
        float width = bold.getWidthPoint(mark, fontSize);
        float base = size.getHeight() - 27;
        // Filled white: the header rule stops at the frame instead of running through the words.
        over.setColorStroke(PdfText.INK);
        over.setColorFill(java.awt.Color.WHITE);
        over.setLineWidth(1.2f);
        over.rectangle(centre - width / 2 - 5, base - 4, width + 10, fontSize + 6);
        over.fillStroke();
        over.beginText();
        over.setColorFill(PdfText.INK);
        over.setFontAndSize(bold, fontSize);
        over.showTextAligned(PdfContentByte.ALIGN_CENTER, mark, centre, base, 0);
        over.endText();
        under.beginText();
        under.setColorFill(WATERMARK);
        under.setFontAndSize(bold, 44);
        under.showTextAligned(PdfContentByte.ALIGN_CENTER, mark, size.getWidth() / 2, size.getHeight() / 2, 55);
        under.endText();
    }
}
