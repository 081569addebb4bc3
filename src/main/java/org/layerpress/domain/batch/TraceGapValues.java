package org.layerpress.domain.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The values of a TRACE_GAP event: where the stretch without trace starts ({@code from}, the source
 * time of the last sample recorded before it, empty when there was none), why ({@code cause}, in
 * words), and how many samples it lost ({@code samples.lost}: a count, or {@code unknown}).
 *
 * <p>Records written before the count existed have only {@code from} and {@code cause}; they read
 * back as gaps of unknown length, never as gaps of zero samples.
 */
public final class TraceGapValues {

    public static final String FROM = "from";
    public static final String CAUSE = "cause";
    public static final String SAMPLES_LOST = "samples.lost";
    /** The PLC's number of the first sample lost, when the buffered trace knows it. */
    public static final String FIRST_SAMPLE = "sample.first";
    public static final String UNKNOWN = "unknown";

    private TraceGapValues() {
    }

    /** A gap whose length nobody can know (a lost link, a station stopped, a PLC restart). */
    public static Map<String, String> unknownLength(String from, String cause) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(FROM, from);
        v.put(CAUSE, cause);
        v.put(SAMPLES_LOST, UNKNOWN);
        return v;
    }

    /** A gap of {@code lost} samples from the PLC's sample {@code firstSample}. */
    public static Map<String, String> counted(String from, String cause, long lost, long firstSample) {
        if (lost < 0) {
            throw new IllegalArgumentException("a counted gap loses 0 or more samples, was " + lost);
        }
        Map<String, String> v = new LinkedHashMap<>();
        v.put(FROM, from);
        v.put(CAUSE, cause);
        v.put(SAMPLES_LOST, Long.toString(lost));
        v.put(FIRST_SAMPLE, Long.toString(firstSample));
        return v;
    }

    /** The samples the gap lost, when known; empty for "unknown" and for records older than the count. */
    public static OptionalLong samplesLost(Map<String, String> values) {
        String text = values.getOrDefault(SAMPLES_LOST, "");
        if (text.isEmpty() || UNKNOWN.equals(text)) {
            return OptionalLong.empty();
        }
        try {
            long n = Long.parseLong(text.strip());
            return n >= 0 ? OptionalLong.of(n) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            // A value nobody can read is no count: the gap reads as one of unknown length.
            return OptionalLong.empty();
        }
    }

    /** "12 samples lost", "1 sample lost" or "samples lost: unknown", for people. */
    public static String lostWords(Map<String, String> values) {
        OptionalLong n = samplesLost(values);
        if (n.isEmpty()) {
            return "samples lost: unknown";
        }
        return n.getAsLong() + (n.getAsLong() == 1 ? " sample lost" : " samples lost");
    }
}
