package org.layerpress.application.batch;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.layerpress.application.press.TraceBlock;
import org.layerpress.application.press.TraceGap;
import org.layerpress.application.press.TraceSample;
import org.layerpress.domain.batch.TracePoint;

/**
 * The trace of one press or release step as the PLC buffered it (docs/plc-interface.md, section 6):
 * the blocks the adapter's trace thread delivers are only queued here; the worker turns them into
 * trace points and gaps at each flush. The step owns the samples numbered from the PLC's count when
 * it started ({@link #from}) to the count read when it ended ({@link #endAt}); what lies outside is
 * another step's or nobody's. A sample that came as bad data is never a point: it is a counted gap.
 */
final class BlockTrace {

    private final ConcurrentLinkedQueue<TraceBlock> arrived = new ConcurrentLinkedQueue<>();
    /** The step's first sample; none is the step's until it is known. */
    private volatile long first = Long.MAX_VALUE;
    /** The first sample after the step; unbounded until the step ends. */
    private volatile long end = Long.MAX_VALUE;

    /** The PLC's count as the step starts: its first sample (0: every sample delivered since the step began watching). */
    void from(long firstSample) {
        first = firstSample;
    }

    /** The PLC's count read as the step ended: its samples end before it. */
    void endAt(long firstAfter) {
        end = firstAfter;
    }

    /** On the trace thread: queue only. */
    void accept(TraceBlock block) {
        arrived.add(block);
    }

    boolean inStep(long sample) {
        return sample >= first && sample < end;
    }

    /** What in this block is bad data for the step, in words (the block's problem, or its first bad sample's); empty when nothing. */
    String badData(TraceBlock block) {
        if (block.badData()) {
            return block.problem();
        }
        for (TraceSample s : block.samples()) {
            if (!s.good() && inStep(s.number())) {
                return s.problem();
            }
        }
        return "";
    }

    /**
     * On the worker: every block that arrived becomes the step's trace points ({@code points}, in
     * sample order) and gaps ({@code gaps}); {@code last} is the last point recorded before them.
     */
    void takeInto(int step, TracePoint last, List<TracePoint> points, List<TraceGapNote> gaps) {
        TracePoint previous = last;
        for (TraceBlock b; (b = arrived.poll()) != null; ) {
            if (b.gapBefore().isPresent()) {
                gap(b.gapBefore().get(), previous).ifPresent(gaps::add);
            }
            long badFrom = -1;
            int bad = 0;
            String badWhy = "";
            for (TraceSample s : b.samples()) {
                if (!inStep(s.number())) {
                    continue;
                }
                if (s.good()) {
                    if (bad > 0) {
                        gaps.add(badGap(previous, badWhy, bad, badFrom));
                        bad = 0;
                    }
                    previous = new TracePoint(step, s.time(), s.forceKiloNewtons(), s.positionMillimetres());
                    points.add(previous);
                } else {
                    if (bad == 0) {
                        badFrom = s.number();
                        badWhy = s.problem();
                    }
                    bad++;
                }
            }
            if (bad > 0) {
                gaps.add(badGap(previous, badWhy, bad, badFrom));
            }
        }
    }

    /** The part of a declared gap that lies in the step; none when it lies outside. */
    private Optional<TraceGapNote> gap(TraceGap g, TracePoint previous) {
        String from = previous == null ? "" : previous.sourceTime().toString();
        if (!g.lengthKnown()) {
            return g.fromSample() >= first ? Optional.of(new TraceGapNote(from, g.reason(), TraceGapNote.UNKNOWN, TraceGapNote.UNKNOWN))
                    : Optional.empty();
        }
        long lo = Math.max(g.fromSample(), first);
        long hi = Math.min(g.fromSample() + g.samplesLost(), end);
        if (hi <= lo) {
            return Optional.empty();
        }
        long lost = hi - lo;
        String cause = lost == g.samplesLost() ? g.reason() : g.reason() + " (" + lost + " of them in this step)";
        return Optional.of(new TraceGapNote(from, cause, lost, lo));
    }

    private static TraceGapNote badGap(TracePoint previous, String why, int count, long firstSample) {
        return new TraceGapNote(previous == null ? "" : previous.sourceTime().toString(), "bad data from the PLC, not recorded: " + why,
                count, firstSample);
    }
}
