package org.layerpress.ui.records;

import java.util.List;
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
