package org.layerpress.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.BatchRecordWriter;
import org.layerpress.application.review.ExportFormat;
import org.layerpress.application.review.RecordTimeline;
import org.layerpress.domain.batch.Trace;
import org.layerpress.domain.batch.TracePoint;

/**
 * Every trace sample of a batch, one CSV row each (RFC 4180, UTF-8, CRLF):
 * {@code step,source_time_utc,force_kN,pressure_MPa,position_mm,training,seal}. Force and position are written
 * exactly as stored (shortest round-trip decimal); pressure is force / die area (die bore from the
 * record's header) to 0.001 MPa; source time is the PLC's, ISO-8601 in UTC. {@code training} is
 * {@code true} on every row of a training batch, so even a few rows pasted elsewhere keep the mark; {@code seal}
 * is {@code matches}, or {@link BatchRecord#SEAL_MARK} on every row when the stored rows were changed after
 * the batch was sealed.
 */
public final class CsvTraceWriter implements BatchRecordWriter {

    public static final String HEADER = "step,source_time_utc,force_kN,pressure_MPa,position_mm,training,seal";

    @Override
    public ExportFormat format() {
        return ExportFormat.CSV;
    }

    @Override
    public void write(BatchRecord record, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(HEADER);
        w.write("\r\n");
        StringBuilder line = new StringBuilder(80);
        String tail = (record.run().training() ? ",true," : ",false,") + (record.matchesSeal() ? "matches" : BatchRecord.SEAL_MARK) + "\r\n";
        for (Map.Entry<Integer, List<TracePoint>> t : record.traces().entrySet()) {
            Trace trace = RecordTimeline.trace(record, t.getKey());
            for (TracePoint p : trace.points()) {
                line.setLength(0);
                line.append(t.getKey()).append(',').append(p.sourceTime()).append(',').append(Numbers.exact(p.forceKiloNewtons())).append(',')
                        .append(Numbers.fixed(trace.megaPascals(p), 3)).append(',').append(Numbers.exact(p.positionMillimetres()))
                        .append(tail);
                w.write(line.toString());
            }
        }
        w.flush();
    }
}
