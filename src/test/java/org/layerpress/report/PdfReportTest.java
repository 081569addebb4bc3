package org.layerpress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.domain.signature.Signature;
import org.layerpress.testing.TestStation;

/** The PDF report's text, read back with PDFBox: what a signed paper copy must show. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfReportTest {

    TestStation station;
    BatchRecord record;
    String text;
    int pages;

    @BeforeAll
    void report(@TempDir Path dir) throws Exception {
        station = TestStation.builder(dir).demoUsers().build();
        record = ReportRecords.signedBatch(station, "B-20261125-0001");
        try (PDDocument pdf = Loader.loadPDF(ReportRecords.bytes(new PdfReportWriter(station.clock()), record))) {
            pages = pdf.getNumberOfPages();
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "); // table cells wrap where they like
        }
    }

    @Test
    void showsTheQaSignatureManifestationWithPrintedNameUtcTimeAndMeaning() {
        Signature s = record.review().orElseThrow().signature();
        assertTrue(text.contains(s.manifestation()), "manifestation " + s.manifestation() + " in\n" + text);
        assertTrue(text.contains("Quinn Reviewer (quinn)"), text);
        assertTrue(text.contains(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC).format(s.signedAt())));
        assertTrue(text.contains("Meaning: Approved"), text);
        assertTrue(text.contains("(matches this record)"), text);
    }

    @Test
    void numbersEveryPageNOfMAndPrintsTheRecordHashOnEach() {
        assertTrue(pages >= 2, "a full record takes more than a page: " + pages);
        for (int i = 1; i <= pages; i++) {
            assertTrue(text.contains("Page " + i + " of " + pages), "page " + i);
        }
        int hashes = text.split("Record SHA-256: " + record.contentHash(), -1).length - 1;
        assertEquals(pages, hashes, "the record's hash in every footer");
    }

    @Test
    void aProductionRecordCarriesNoTrainingMark() {
        assertTrue(!record.run().training(), "recorded without the mark");
        assertTrue(!text.contains("TRAINING"), text);
    }

    @Test
    void showsTheHeaderStepsAlarmsDeviationsAndTheAmendmentBesideTheOriginal() {
        assertTrue(text.contains("Batch record " + record.batchId()), text);
        assertTrue(text.contains(record.run().recipeHash()), "recipe hash");
        assertTrue(text.contains("D10-01"), "die");
        assertTrue(text.contains("Press the electrolyte"), "step table");
        assertTrue(text.contains("DEVIATED"), "the deviated mass step");
        assertTrue(text.contains("last powder of the lot; QA informed"), "the deviation's reason");
        assertTrue(text.contains("by olga"), "the alarm's acknowledgement");
        assertTrue(text.contains("LGPS-2610-02"), "original lot");
        assertTrue(text.contains("amended to LGPS-2610-03, see A1"), "correction beside the original");
        assertTrue(text.contains("Corrected by Olga Operator (olga)"), "the amendment's signature");
        assertTrue(text.contains("Trace of step 5: Press the electrolyte"), "a chart per press step");
        assertTrue(text.contains("Trace of step 9: Press the stack"), text);
    }
}
