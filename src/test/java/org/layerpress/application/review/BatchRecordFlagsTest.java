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
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;

/**
 * A record shows the flags stored when its batch ended, the same ones the batch list filters by;
 * only a batch without stored flags gets them computed when it is opened. Real H2 file.
 */
class BatchRecordFlagsTest {

    @TempDir
    Path dir;
    private TestStation station;

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).demoUsers().build();
    }

    /** A whole bilayer batch, its LGPS layer out of tolerance, written as before flags were stored at a batch's end. */
    private String withoutStoredFlags(String id) {
        return BatchRecordBuilder.bilayer(id).by("olga").mass(8, 31.8, BatchRecordBuilder.LGPS_REASON).withoutStoredFlags().on(station).complete();
    }

    @Test
    void theRecordShowsTheFlagsStoredAtTheBatchsEndNotARecomputation() {
        String id = withoutStoredFlags("B-20261125-0001");
        QualityFlag stored = new QualityFlag(FlagKind.SPRINGBACK, 6, "Release the pressure", "0.2 mm", "≤ 0.15 mm",
                "Step 6 Release the pressure: springback 0.2 mm above 0.15 mm.");
        station.services().transactions().inTransaction(() -> {
            station.stores().batchList().recordFlags(id, List.of(stored));
            return null;
        });

        BatchRecord record = station.review().records().open(station.quinn(), id);

        assertEquals(List.of(stored), record.flags());
    }

    @Test
    void aBatchWithoutStoredFlagsGetsThemComputedOnOpening() {
        String id = withoutStoredFlags("B-20261125-0002");

        BatchRecord record = station.review().records().open(station.quinn(), id);

        assertTrue(record.flags().stream().anyMatch(f -> f.kind() == FlagKind.MASS_OUT_OF_TOLERANCE),
                "the crafted batch weighed its LGPS layer out of tolerance: " + record.flags());
    }
}
