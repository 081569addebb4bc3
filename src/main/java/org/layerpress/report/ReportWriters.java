package org.layerpress.report;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
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

    /** As above; {@code chainHead} gives the audit chain's head ("#seq hash") the PDF prints when written. */
    public static List<BatchRecordWriter> all(Clock clock, ZoneId zone, Supplier<String> chainHead) {
        return List.of(new PdfReportWriter(clock, zone, chainHead), new CsvTraceWriter(), new JsonRecordWriter());
    }
}
