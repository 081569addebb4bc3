package org.layerpress.application.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.TracePoint;

/**
 * A batch record as QA reads and exports it (ISA-88 Part 4 in small): the replayed events
 * ({@link BatchRun}: header, steps with values and who/when, alarms with acks, deviations), every
 * press step's trace, the automatic flags, amendments beside the originals, and the QA decision.
 *
 * @param traces press (and release) step number → its samples in source-time order
 */
public record BatchRecord(BatchRun run, SortedMap<Integer, List<TracePoint>> traces, List<QualityFlag> flags,
                          List<Amendment> amendments, Optional<BatchReview> review) {

    public BatchRecord {
        traces = new TreeMap<>(Map.copyOf(traces));
        flags = List.copyOf(flags);
        amendments = List.copyOf(amendments);
    }

    public String batchId() {
        return run.batchId();
    }

    /** Signed off: no more amendments. */
    public boolean locked() {
        return review.isPresent();
    }
}
