package org.layerpress.application.batch;

import java.util.Map;
import org.layerpress.domain.batch.TraceGapValues;

/**
 * A stretch of a step's trace that will never be recorded, noted while the step runs and written as a
 * TRACE_GAP event by the next flush.
 *
 * @param from source time of the last sample recorded before it, as text; empty when there was none
 * @param cause why, in words
 * @param lost samples lost, or -1 when nobody can know (a PLC restart, a trace not read to the end)
 * @param firstSample the PLC's number of the first sample lost; -1 when unknown
 */
record TraceGapNote(String from, String cause, long lost, long firstSample) {

    static final long UNKNOWN = -1;

    Map<String, String> values() {
        return lost < 0 ? TraceGapValues.unknownLength(from, cause) : TraceGapValues.counted(from, cause, lost, firstSample);
    }
}
