package org.layerpress.testing;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a PDF says, page by page, as a reader of the printed report would see it. */
public final class PdfPages {

    private PdfPages() {
    }

    /** The text of each page of a PDF, whitespace folded (table cells wrap where they like). */
    public static List<String> texts(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PDFTextStripper page = new PDFTextStripper();
                page.setStartPage(i);
                page.setEndPage(i);
                pages.add(page.getText(doc).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }
}
