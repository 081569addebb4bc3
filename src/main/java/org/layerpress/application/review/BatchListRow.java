package org.layerpress.application.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.layerpress.domain.batch.BatchState;

/**
 * One line of the QA batch list: read without touching events or traces (fast at 100k batches: docs/records-store.md#batch-records-at-scale-v8).
 *
 * @param operator the operator's login
 * @param training run for training (a demo station or the simulated press), not production
 * @param operatorName the operator's printed name, "" when the station does not know the login
 * @param uses the layers that match the list's lot or material filter (empty without one)
 */
public record BatchListRow(String batchId, String recipeLabel, String operator, String dieId, Instant startedAt, BatchState state,
                           int flagCount, Optional<QaDecision> decision, boolean training, String operatorName, List<LotUse> uses) {

    public BatchListRow {
        uses = List.copyOf(uses);
    }

    /** A line without lot uses. */
    public BatchListRow(String batchId, String recipeLabel, String operator, String dieId, Instant startedAt, BatchState state,
                        int flagCount, Optional<QaDecision> decision, boolean training, String operatorName) {
        this(batchId, recipeLabel, operator, dieId, startedAt, state, flagCount, decision, training, operatorName, List.of());
    }

    /** The same line with the layers that matched the filter. */
    public BatchListRow withUses(List<LotUse> found) {
        return new BatchListRow(batchId, recipeLabel, operator, dieId, startedAt, state, flagCount, decision, training, operatorName, found);
    }

    /** A line whose operator's printed name is not known. */
    public BatchListRow(String batchId, String recipeLabel, String operator, String dieId, Instant startedAt, BatchState state,
                        int flagCount, Optional<QaDecision> decision, boolean training) {
        this(batchId, recipeLabel, operator, dieId, startedAt, state, flagCount, decision, training, "");
    }

    /** The printed name, else the login. */
    public String operatorShown() {
        return operatorName.isBlank() ? operator : operatorName;
    }

    /** A production batch's line. */
    public BatchListRow(String batchId, String recipeLabel, String operator, String dieId, Instant startedAt, BatchState state,
                        int flagCount, Optional<QaDecision> decision) {
        this(batchId, recipeLabel, operator, dieId, startedAt, state, flagCount, decision, false);
    }
}
