package org.layerpress.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.testing.CraftedBatch;

/**
 * A record shows the flags stored when its batch ended, the same ones the batch list filters by;
 * only a batch without stored flags gets them computed when it is opened. Real H2 file.
 */
class BatchRecordFlagsTest {

    @TempDir
    Path dir;
    private ReviewRig rig;

    @BeforeEach
    void open() {
        rig = new ReviewRig(dir);
    }

    @Test
    void theRecordShowsTheFlagsStoredAtTheBatchsEndNotARecomputation() {
        String id = CraftedBatch.complete(rig.station, "olga", "B-20261125-0001");
        QualityFlag stored = new QualityFlag(FlagKind.SPRINGBACK, 6, "Release the pressure", "0.2 mm", "≤ 0.15 mm",
                "Step 6 Release the pressure: springback 0.2 mm above 0.15 mm.");
        rig.station.services().transactions().inTransaction(() -> {
            rig.lists.recordFlags(id, List.of(stored));
            return null;
        });

        BatchRecord record = rig.review.records().open(rig.quinn(), id);

        assertEquals(List.of(stored), record.flags());
    }

    @Test
    void aBatchWithoutStoredFlagsGetsThemComputedOnOpening() {
        String id = CraftedBatch.complete(rig.station, "olga", "B-20261125-0002");

        BatchRecord record = rig.review.records().open(rig.quinn(), id);

        assertTrue(record.flags().stream().anyMatch(f -> f.kind() == FlagKind.MASS_OUT_OF_TOLERANCE),
                "the crafted batch weighed its LGPS layer out of tolerance: " + record.flags());
    }
}
