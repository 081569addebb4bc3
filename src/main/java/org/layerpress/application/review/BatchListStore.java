package org.layerpress.application.review;

import java.util.List;
import java.util.Optional;
import org.layerpress.domain.batch.QualityFlag;

/**
 * The QA list side of batch records: filtered pages, and the quality flags computed when a batch
 * ends (stored once, append-only, so the list can filter by flag without reading traces).
 * Called inside {@code Transactions.inTransaction}.
 */
public interface BatchListStore {

    BatchPage list(BatchListFilter filter);

    /** Stores the flags of a batch that just ended (COMPLETE or ABORTED); called once per batch. */
    void recordFlags(String batchId, List<QualityFlag> flags);

    List<QualityFlag> flags(String batchId);

    /** The flags stored when the batch ended; empty if they were never computed (a batch still open, or older than V8). */
    Optional<List<QualityFlag>> recordedFlags(String batchId);

    /** Recipe names and operator logins that occur in batches, for the filter pickers. */
    List<String> recipeNames();

    List<String> operators();

    /** Die ids that occur in batches, for the die filter. */
    List<String> dieIds();

    /** Layer materials that occur in batches, for the material filter. */
    List<String> materials();

    /** The layers of {@code batchId} loaded from {@code lot} (or, with {@code byMaterial}, of that material), in step order. */
    List<LotUse> uses(String batchId, String lotOrMaterial, boolean byMaterial);

    /** Every layer loaded from {@code lot} in any batch, oldest batch first, then by step. */
    List<LotUseLine> usesOfLot(String lot);
}
