package org.layerpress.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.BatchRecordWriter;
import org.layerpress.application.review.ExportFormat;
import org.layerpress.application.review.RecordTimes;

/**
 * The batch report a QA person signs (docs/batch-record-format.md#pdf-report; Annex 11 §8:
 * amendments beside the originals): header, step table with who/when/values, a force chart per
 * press step, alarms with their acknowledgements, deviations, flags, amendments, signatures with
 * printed name, time and meaning; every page "Page n of m" and the record's SHA-256
 * ({@link PageStamp}). A4, black on white, colour only for what is abnormal and always with a word.
 * Everything is said in words ({@link org.layerpress.application.review.RecordWording}, shared with
 * the QA screens), numbers to their instrument's resolution, people by their printed names, times in
 * the station's zone, named once in the header. Each part is a section class of its own
 * ({@link HeaderSection}, {@link StepsSection}, {@link ChartsSection}, {@link ExceptionsSection},
 * {@link SignOffSection}) laid out on one {@link ReportPage}; this class only opens and stamps the
 * document.
 */
public final class PdfReportWriter implements BatchRecordWriter {

    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<String> chainHead;

    /** Without a database at hand: the chain-head line says so. */
    public PdfReportWriter(Clock clock, ZoneId zone) {
        this(clock, zone, () -> "not read (report written without the station's database)");
    }

    /**
     * @param clock for the "Printed" line of every page
     * @param zone the station's time zone: every time on the report is in it
     * @param chainHead the audit chain's newest row as "#seq hash", read when the report is written: printed
     *        on it as an anchor outside the database (a trail later cut or rewritten no longer reaches it)
     */
    public PdfReportWriter(Clock clock, ZoneId zone, Supplier<String> chainHead) {
        this.clock = clock;
        this.zone = zone;
        this.chainHead = chainHead;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public void write(BatchRecord record, OutputStream out) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 16);
        Document doc = new Document(PageSize.A4, 36, 36, 44, 52);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, body);
            doc.addTitle("Batch record " + record.batchId());
            doc.addCreator("LayerPress");
            doc.open();
            ReportPage page = new ReportPage(record, writer, doc, zone);
            HeaderSection.add(page);
            StepsSection.add(page);
            ChartsSection.add(page);
            ExceptionsSection.add(page);
            SignOffSection.add(page, chainHead.get());
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("could not lay out the report of " + record.batchId() + ": " + e.getMessage(), e);
        }
        PageStamp.stamp(body.toByteArray(), out, record.batchId(), record.contentHash(), "Printed " + RecordTimes.dateTime(clock.instant(), zone),
                record.run().training(), !record.matchesSeal());
    }
}
