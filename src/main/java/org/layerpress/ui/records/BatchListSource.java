package org.layerpress.ui.records;

import java.util.List;
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
}
