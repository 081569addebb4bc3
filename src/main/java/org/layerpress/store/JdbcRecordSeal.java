package org.layerpress.store;

import java.util.List;
import org.layerpress.application.review.RecordSeal;

/**
 * A batch record against its newest seal in the audit chain ({@link EvidenceSeals}), asked each time a
 * record is opened, signed or exported, so a record changed behind LayerPress is seen before anyone
 * reads, signs or prints it, not only when someone runs {@code audit verify}.
 */
public final class JdbcRecordSeal implements RecordSeal {

    private final EvidenceSeals seals;

    public JdbcRecordSeal(JdbcTransactions tx) {
        this.seals = new EvidenceSeals(tx);
    }

    @Override
    public List<String> differences(String batchId) {
        return seals.checkBatch(batchId).stream().map(SealManifest.Difference::phrase).toList();
    }
}
