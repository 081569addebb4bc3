package org.layerpress.plc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.layerpress.application.mapping.TraceBlockSpec;
import org.layerpress.application.mapping.TraceNode;
import org.layerpress.application.press.TraceBlock;
import org.layerpress.application.press.TraceGap;
import org.layerpress.application.press.TraceSample;

/**
 * The HMI side of the buffered trace (docs/plc-interface.md, section 6) as arithmetic, without I/O:
 * given the {@code count} read before the arrays (C₁), the arrays, and the {@code count} read after
 * them (C₂), which samples are new, which were lost, and when each was taken.
 *
 * <p>It keeps L, the next sample wanted. Samples L … C₁−1 were written before the arrays were read;
 * those below C₂ − length + 1 may have been overwritten (or half-written) while the arrays were read
 * and are declared lost; the rest are delivered once, and L := C₁. Sample numbers are the PLC's count
 * extended past 2³² (the raw count is read modulo 2³²; a power-of-two length keeps the index
 * continuous) and continued past a PLC restart, so they only ever grow: a count that goes backwards
 * is a gap of unknown length, and the numbering goes on from L with the new count.
 *
 * <p>Times: t₀ + (n − n₀) · periodMs, anchored on the source timestamp t₀ of a count the HMI read, n₀
 * being the sample whose writing gave count that value (count − 1). Anchored on the first read, after a
 * restart, and again by {@link #reanchorNextRead()} (at the end of a press step), so each step is timed
 * from a count read near its start. Used from one thread.
 */
final class RingCursor {

    private static final long MOD = 1L << 32;

    private final TraceBlockSpec spec;
    private final int mask;
    private long next = -1;
    private long offset;
    private long lastRaw = -1;
    private long lastExtended;
    private long n0;
    private Instant t0;
    private boolean reanchor;

    RingCursor(TraceBlockSpec spec) {
        this.spec = spec;
        this.mask = spec.length() - 1;
    }

    /** Whether a first count has been read (before that there is nothing to ask the arrays for). */
    boolean started() {
        return next >= 0;
    }

    /** L: the number of the next sample wanted. */
    long next() {
        return next;
    }

    /** The first count read: from here on (older samples are none of this session's business). */
    void start(long rawCount, Instant time) {
        lastRaw = rawCount;
        lastExtended = rawCount;
        offset = 0;
        next = rawCount;
        anchor(next, time);
    }

    /** Whether this raw count (read as C₁) is news: samples from L on were written, or the count went back. */
    boolean moved(long rawCount) {
        long delta = ((rawCount & (MOD - 1)) - lastRaw) & (MOD - 1);
        return delta >= MOD / 2 || offset + lastExtended + delta != next;
    }

    /** The next block anchors its times anew on its C₁. */
    void reanchorNextRead() {
        reanchor = true;
    }

    /**
     * One read of the ring.
     *
     * @param c1 count read before the arrays, modulo 2³²
     * @param force raw force array as read
     * @param position raw position array as read
     * @param c2 count read after the arrays, modulo 2³²
     * @param c2Time its source timestamp
     */
    TraceBlock read(long c1, Instant c1Time, double[] force, double[] position, long c2, Instant c2Time) {
        if (!started()) {
            start(c1, c1Time);
            return empty(next, c1Time);
        }
        long from = next;
        long n1 = advance(c1);
        if (n1 < 0) {
            return restarted(from, c1, c1Time);
        }
        if (reanchor) {
            reanchor = false;
            anchor(n1, c1Time);
        }
        String lengthProblem = lengthProblem(force, spec.force()) + lengthProblem(position, spec.position());
        if (!lengthProblem.isEmpty()) {
            next = n1;
            return new TraceBlock(gap(from, n1 - from, "the trace block was unreadable"), List.of(), lengthProblem.trim(), n1, c1Time);
        }
        long n2 = advance(c2);
        if (n2 < 0) {
            return restarted(from, c2, c2Time);
        }
        long lostBelow = n2 - spec.length() + 1;
        long firstKept = Math.max(from, lostBelow);
        long lost = Math.max(0, Math.min(n1, firstKept) - from);
        List<TraceSample> samples = new ArrayList<>();
        for (long n = firstKept; n < n1; n++) {
            samples.add(sample(n, force, position));
        }
        next = n1;
        Optional<TraceGap> gap = lost > 0
                ? Optional.of(new TraceGap(from, lost, lost + " samples overwritten by the PLC before the HMI read the ring"))
                : Optional.empty();
        return new TraceBlock(gap, samples, "", n2, c2Time);
    }

    /** A block that only says something is wrong (a stuck count, wrong types), delivering nothing. */
    TraceBlock problem(String words, Instant time) {
        return new TraceBlock(Optional.empty(), List.of(), words, next, time);
    }

    /** A read that failed as bad data: the samples it would have delivered are lost, L moves on to C₁. */
    TraceBlock unreadable(long c1, Instant c1Time, String words) {
        long from = next;
        long n1 = advance(c1);
        if (n1 < 0) {
            return restarted(from, c1, c1Time);
        }
        next = n1;
        return new TraceBlock(gap(from, n1 - from, "the trace block was unreadable"), List.of(), words, n1, c1Time);
    }

    private TraceBlock empty(long count, Instant time) {
        return new TraceBlock(Optional.empty(), List.of(), "", count, time);
    }

    /** The PLC's count went backwards: a gap of unknown length, numbering goes on from L. */
    private TraceBlock restarted(long from, long rawCount, Instant time) {
        offset = from;
        lastRaw = rawCount;
        lastExtended = rawCount;
        next = offset + rawCount;
        anchor(next, time);
        return new TraceBlock(Optional.of(new TraceGap(from, TraceGap.UNKNOWN,
                "the PLC's trace count went back (PLC restart?): samples lost, how many is unknown")), List.of(), "", next, time);
    }

    /** The sample number for a raw count read now, or -1 when the count went backwards. */
    private long advance(long rawCount) {
        long raw = rawCount & (MOD - 1);
        long delta = (raw - lastRaw) & (MOD - 1);
        if (delta >= MOD / 2) {
            return -1;
        }
        lastRaw = raw;
        lastExtended += delta;
        return offset + lastExtended;
    }

    private void anchor(long count, Instant time) {
        n0 = count - 1;
        t0 = time;
    }

    private TraceSample sample(long n, double[] force, double[] position) {
        int index = (int) ((n - offset) & mask);
        Instant time = t0.plus(Duration.ofMillis((n - n0) * spec.periodMillis()));
        String problem = check(spec.force(), force[index], index, n) + check(spec.position(), position[index], index, n);
        if (!problem.isEmpty()) {
            return new TraceSample(n, time, Double.NaN, Double.NaN, problem.trim());
        }
        return new TraceSample(n, time, spec.force().toEngineering(force[index]), spec.position().toEngineering(position[index]), "");
    }

    private static String check(TraceNode node, double raw, int index, long n) {
        if (!Double.isFinite(raw)) {
            return node.key() + "[" + index + "] (sample " + n + "): the PLC sent " + raw + ", not a number. ";
        }
        if (!node.validRaw(raw)) {
            return node.key() + "[" + index + "] (sample " + n + "): raw " + SampleCheck.number(raw) + " is outside the valid raw range "
                    + node.scaling().map(s -> SampleCheck.number(s.validRawMin()) + ".." + SampleCheck.number(s.validRawMax())).orElse("")
                    + ". ";
        }
        return "";
    }

    private String lengthProblem(double[] array, TraceNode node) {
        if (array.length == spec.length()) {
            return "";
        }
        return String.format(Locale.ROOT, "%s: the PLC sent %d values, the mapping says length %d. ", node.key(), array.length, spec.length());
    }

    private static Optional<TraceGap> gap(long from, long lost, String reason) {
        return lost > 0 ? Optional.of(new TraceGap(from, lost, lost + " samples lost: " + reason)) : Optional.empty();
    }
}
