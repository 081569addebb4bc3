package org.layerpress.application.batch;

import java.time.Instant;
import org.layerpress.domain.batch.BatchState;

/** A line of the batch list: what, by whom, when, and how it stands. */
public record BatchSummary(String batchId, String recipeLabel, String operator, String dieId, Instant startedAt, BatchState state) {
}
