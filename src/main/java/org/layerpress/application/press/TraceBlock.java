package org.layerpress.application.press;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one read of the PLC's trace ring delivers, in order: first the gap before these samples, if
 * any samples were lost since the previous block, then the samples, each exactly once and numbered
 * without holes; or, when the block itself was bad data (arrays of the wrong length or type, a count
 * stuck while the press runs), a {@code problem} in words.
 *
 * @param gapBefore samples lost between the previous block and this one
 * @param samples consecutive sample numbers, oldest first (may be empty)
 * @param problem the block was bad data (then no samples are delivered from it); empty when fine
 * @param plcCount the PLC's {@code count} read after the arrays (extended past 2³²): every sample below
 *     it that is not in this block was delivered before, is declared lost, or comes in the next block
 * @param plcCountTime the source timestamp of that count (the PLC's clock)
 */
public record TraceBlock(Optional<TraceGap> gapBefore, List<TraceSample> samples, String problem, long plcCount, Instant plcCountTime) {

    public TraceBlock {
        samples = List.copyOf(samples);
        problem = problem == null ? "" : problem;
    }

    public boolean badData() {
        return !problem.isEmpty();
    }

    /** The number after the last sample, or -1 when the block has none. */
    public long nextSample() {
        return samples.isEmpty() ? -1 : samples.get(samples.size() - 1).number() + 1;
    }
}
