package org.layerpress.ui.records;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.application.review.BatchPage;

/**
 * The batch list as the QA screens ask for it, already bound to the logged-in session (the use case
 * checks REVIEW_BATCH). Wired to {@code BatchListUseCase} in {@link RecordsView#create}'s caller.
 */
public interface BatchListSource {

    BatchPage list(BatchListFilter filter);

    /** Recipe names that occur in batches, for the recipe filter. */
    List<String> recipeNames();

    /** Operator logins that occur in batches, for the operator filter. */
    List<String> operators();

    /** Die ids that occur in batches, for the die filter. */
    default List<String> dieIds() {
        return List.of();
    }

    /** Layer materials that occur in batches, for the material filter. */
    default List<String> materials() {
        return List.of();
    }

    /** Stations whose batches this list holds, for the Station filter; empty for a station's own list (no such filter). */
    default List<String> stations() {
        return List.of();
    }

    /** A page of one station's batches, or of all with {@code station} empty; a station's own list has only its own. */
    default BatchPage list(BatchListFilter filter, Optional<String> station) {
        return list(filter);
    }

    /** From five calls, the die and material pickers' lists among them. */
    static BatchListSource of(Function<BatchListFilter, BatchPage> list, Supplier<List<String>> recipeNames, Supplier<List<String>> operators,
                              Supplier<List<String>> dieIds, Supplier<List<String>> materials) {
        BatchListSource three = of(list, recipeNames, operators);
        return new BatchListSource() {
            @Override
            public BatchPage list(BatchListFilter filter) {
                return three.list(filter);
            }

            @Override
            public List<String> recipeNames() {
                return three.recipeNames();
            }

            @Override
            public List<String> operators() {
                return three.operators();
            }

            @Override
            public List<String> dieIds() {
                return dieIds.get();
            }

            @Override
            public List<String> materials() {
                return materials.get();
            }
        };
    }

    /** From three calls, so that wiring a use case is one line: {@code BatchListSource.of(f -> uc.list(s, f), () -> uc.recipeNames(s), () -> uc.operators(s))}. */
    static BatchListSource of(Function<BatchListFilter, BatchPage> list, Supplier<List<String>> recipeNames, Supplier<List<String>> operators) {
        return new BatchListSource() {
            @Override
            public BatchPage list(BatchListFilter filter) {
                return list.apply(filter);
            }

            @Override
            public List<String> recipeNames() {
                return recipeNames.get();
            }

            @Override
            public List<String> operators() {
                return operators.get();
            }
        };
    }
}
