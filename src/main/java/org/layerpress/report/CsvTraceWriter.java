package org.layerpress.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.SortedSet;
import java.util.TreeSet;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.BatchRecordWriter;
import org.layerpress.application.review.ExportFormat;
import org.layerpress.application.review.RecordTimeline;
import org.layerpress.domain.batch.Trace;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.batch.VesselPoint;

/**
 * Every trace sample of a batch, one CSV row each (RFC 4180, UTF-8, CRLF), in step order:
 * {@code step,source_time_utc,force_kN,pressure_MPa,position_mm,training,seal,vessel_pressure_MPa,vessel_temperature_C}.
 * A press step's row has force (exactly as stored, shortest round-trip decimal), the pressure on the
 * die (force / die area, die bore from the record's header, to 0.001 MPa) and position, and empty vessel
 * cells; an isostatic vessel step's row has the vessel pressure and medium temperature exactly as stored
 * (the temperature empty when none was read) and empty force, die pressure and position: a vessel
 * pressure is not a force and never goes in those columns. The vessel columns come last so a reader of
 * the first seven keeps working. Source time is the PLC's, ISO-8601 in UTC. {@code training} is
 * {@code true} on every row of a training batch, so even a few rows pasted elsewhere keep the mark; {@code seal}
 * is {@code matches}, or {@link BatchRecord#SEAL_MARK} on every row when the stored rows were changed after
 * the batch was sealed.
 */
public final class CsvTraceWriter implements BatchRecordWriter {

    public static final String HEADER = "step,source_time_utc,force_kN,pressure_MPa,position_mm,training,seal,vessel_pressure_MPa,vessel_temperature_C";

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
        String marks = (record.run().training() ? ",true," : ",false,") + (record.matchesSeal() ? "matches" : BatchRecord.SEAL_MARK);
        SortedSet<Integer> steps = new TreeSet<>(record.traces().keySet());
        steps.addAll(record.vesselTraces().keySet());
        for (int step : steps) {
            if (record.traces().containsKey(step)) {
                Trace trace = RecordTimeline.trace(record, step);
                for (TracePoint p : trace.points()) {
                    line.setLength(0);
                    line.append(step).append(',').append(p.sourceTime()).append(',').append(Numbers.exact(p.forceKiloNewtons())).append(',')
                            .append(Numbers.fixed(trace.megaPascals(p), 3)).append(',').append(Numbers.exact(p.positionMillimetres()))
                            .append(marks).append(",,\r\n");
                    w.write(line.toString());
                }
            }
            for (VesselPoint p : record.vesselTrace(step)) {
                line.setLength(0);
                line.append(step).append(',').append(p.sourceTime()).append(",,,").append(marks).append(',')
                        .append(Numbers.exact(p.pressureMegaPascals())).append(',')
                        .append(p.temperatureCelsius().isPresent() ? Numbers.exact(p.temperatureCelsius().getAsDouble()) : "").append("\r\n");
                w.write(line.toString());
            }
        }
        w.flush();
    }
}
