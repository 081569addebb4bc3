package org.layerpress.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.Screenshots;

/**
 * The pages of a signed batch's PDF report as pictures (docs/ keeps pages 1 and 2, batch-report-page1.png
 * and -page2.png; the station in Berlin, so the times are local), and the PDF itself; and page 1 of the
 * same batch recorded as training (batch-report-training-page1.png).
 */
class ReportPictures {

    @TempDir
    Path dir;

    @Test
    void reportPages() throws Exception {
        TestStation station = TestStation.builder(dir).demoUsers().zone(java.time.ZoneId.of("Europe/Berlin")).build();
        BatchRecord record = ReportRecords.signedBatch(station, "B-20261125-0001");
        byte[] pdf = ReportRecords.bytes(new PdfReportWriter(station.clock(), station.zone()), record);
        Path out = Screenshots.folder();
        Files.createDirectories(out);
        Files.write(out.resolve("batch-report.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 110);
                Path file = out.resolve("batch-report-page" + (i + 1) + ".png");
                ImageIO.write(image, "png", file.toFile());
                assertTrue(Files.size(file) > 10_000, file + " is an image");
            }
        }
        BatchRecord training = ReportRecords.signedBatch(station, "B-20261125-0002", true);
        try (PDDocument doc = Loader.loadPDF(ReportRecords.bytes(new PdfReportWriter(station.clock(), station.zone()), training))) {
            Path file = out.resolve("batch-report-training-page1.png");
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 110), "png", file.toFile());
        }
    }
}
