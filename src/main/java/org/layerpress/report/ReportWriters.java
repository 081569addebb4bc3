package org.layerpress.report;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.layerpress.application.review.BatchRecordWriter;

/** The export writers of this adapter, for wiring {@code ReviewServices}. */
public final class ReportWriters {

    private ReportWriters() {
    }

    /**
     * @param clock for the "printed at" line of the PDF report
     * @param zone the station's time zone, in which the PDF report prints every time (CSV and JSON keep UTC)
     */
    public static List<BatchRecordWriter> all(Clock clock, ZoneId zone) {
        return List.of(new PdfReportWriter(clock, zone), new CsvTraceWriter(), new JsonRecordWriter());
    }
}
