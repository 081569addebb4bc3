package org.layerpress.report;

import java.time.Clock;
import java.util.List;
import org.layerpress.application.review.BatchRecordWriter;

/** The export writers of this adapter, for wiring {@code ReviewServices}. */
public final class ReportWriters {

    private ReportWriters() {
    }

    /** @param clock for the "printed at" line of the PDF report */
    public static List<BatchRecordWriter> all(Clock clock) {
        return List.of(new PdfReportWriter(clock), new CsvTraceWriter(), new JsonRecordWriter());
    }
}
