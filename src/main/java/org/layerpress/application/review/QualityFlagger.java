package org.layerpress.application.review;

import java.util.List;
import java.util.function.IntFunction;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.TracePoint;

/** Computes a batch record's automatic quality flags from its events and traces (issue 6, "Quality flags"). */
public final class QualityFlagger {

    private QualityFlagger() {
    }

    /** @param traces a step's trace points by step number (empty for steps without a trace) */
    public static List<QualityFlag> flags(BatchRun run, IntFunction<List<TracePoint>> traces) {
        // Filled in by the quality-flag work (issue 6); until then a record has no automatic flags.
        return List.of();
    }
}
