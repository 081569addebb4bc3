package org.layerpress.application.review;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.FlagKind;

/**
 * What the QA batch list shows: every criterion optional, newest first, one page at a time.
 *
 * @param from first day included (station time zone), {@code to} last day included
 * @param recipeName exact recipe name (the list offers the names to tap, no free text)
 * @param operator login of the operator who started the batch
 * @param flag batches carrying at least one flag of this kind
 * @param decision QA decision; {@code undecided} true means "not yet signed off" (then decision is empty)
 * @param page 0-based page
 * @param pageSize rows per page, 1..200
 * @param batchId exactly this batch (scanned or typed on the pad)
 * @param lot batches that loaded a layer from this powder lot (exact code, as scanned)
 * @param dieId batches pressed in this die
 * @param material batches with a layer of this material (as the recipe names it)
 */
public record BatchListFilter(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> recipeName, Optional<String> operator,
                              Optional<BatchState> state, Optional<FlagKind> flag, Optional<QaDecision> decision, boolean undecided,
                              int page, int pageSize, Optional<String> batchId, Optional<String> lot, Optional<String> dieId,
                              Optional<String> material) {

    /** Without the finding criteria (batch id, lot, die, material). */
    public BatchListFilter(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> recipeName, Optional<String> operator,
                           Optional<BatchState> state, Optional<FlagKind> flag, Optional<QaDecision> decision, boolean undecided,
                           int page, int pageSize) {
        this(from, to, recipeName, operator, state, flag, decision, undecided, page, pageSize, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public static final int MAX_PAGE_SIZE = 200;

    public BatchListFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(recipeName, "recipeName");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(dieId, "dieId");
        Objects.requireNonNull(material, "material");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("the date range ends (" + to.get() + ") before it starts (" + from.get() + ")");
        }
        if (undecided && decision.isPresent()) {
            throw new IllegalArgumentException("a batch cannot be both undecided and " + decision.get());
        }
        if (page < 0) {
            throw new IllegalArgumentException("page must be ≥ 0, was " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_PAGE_SIZE + ", was " + pageSize);
        }
    }

    /** Everything, newest first, the first page of {@code pageSize}. */
    public static BatchListFilter all(int pageSize) {
        return new BatchListFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, 0, pageSize);
    }

    public BatchListFilter withPage(int newPage) {
        return new BatchListFilter(from, to, recipeName, operator, state, flag, decision, undecided, newPage, pageSize, batchId, lot, dieId,
                material);
    }

    /** Everything, newest first, of batches that loaded a layer from {@code lot}. */
    public static BatchListFilter ofLot(String lot, int pageSize) {
        return all(pageSize).withFinding(Optional.empty(), Optional.of(lot), Optional.empty(), Optional.empty());
    }

    /** The same dates, recipe, operator, status, flag and decision, with these finding criteria, from the first page. */
    public BatchListFilter withFinding(Optional<String> newBatchId, Optional<String> newLot, Optional<String> newDieId,
                                       Optional<String> newMaterial) {
        return new BatchListFilter(from, to, recipeName, operator, state, flag, decision, undecided, 0, pageSize, newBatchId, newLot, newDieId,
                newMaterial);
    }
}
