package org.layerpress.ui.records;

import java.time.ZoneId;
import org.layerpress.application.review.BatchListRow;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.fx.Words;

/**
 * One batch as the list shows it: text ready for the cell, state and decision as word + glyph.
 *
 * @param operator the operator's printed name (the login when the station does not know it)
 * @param training run for training, not production: the row carries the TRAINING mark
 * @param batchId what opens the record: the batch id, or on a list of several stations {@code station/batch id}
 * @param usedIn where the lot (or material) the list is filtered by went in this batch, "" without such a filter
 */
public record BatchLine(String batchId, String recipe, String operator, String started, Indication state, int flagCount,
                        Indication decision, boolean training, String usedIn) {

    public static BatchLine of(BatchListRow row, ZoneId zone) {
        // Short, beside three chips: the step and the layer's name (the lot or material is on the Find button).
        String usedIn = String.join(", ", row.uses().stream()
                .map(u -> Words.format("records.usedIn", u.step(), u.layer().isBlank() ? u.material() : u.layer())).toList());
        return new BatchLine(row.batchId(), row.recipeLabel(), row.operatorShown(), RecordWords.time(row.startedAt(), zone),
                RecordWords.state(row.state()), row.flagCount(), RecordWords.decision(row.decision()), row.training(), usedIn);
    }

    /** The batch id without its station, when the line comes from a list of several stations ({@code press-a/B-20261125-0001}). */
    public String shownId() {
        return batchId.substring(batchId.indexOf('/') + 1);
    }

    /** The station the batch was recorded at, on a list of several stations' batches; "" on a station's own list. */
    public String station() {
        int at = batchId.indexOf('/');
        return at < 0 ? "" : batchId.substring(0, at);
    }

    /** "No flags", "1 flag", "3 flags". */
    public String flagText() {
        return RecordWords.flagCount(flagCount);
    }

    /** Second line of the cell: who and when. */
    public String whoWhen() {
        return operator + " · " + started;
    }
}
