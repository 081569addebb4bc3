package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.batch.TraceSample;

/** Which ram position counts as the one at the end of the hold, and when none does. */
class DensityPositionTest {

    @Test
    void theLastSampleAtOrBeforeTheEndOfTheHoldCountsNotOneAfterIt() {
        List<TraceSample> trace = List.of(new TraceSample(9.9, 100, 12.31), new TraceSample(10.0, 100, 12.32), new TraceSample(10.1, 0, 12.29));
        assertEquals(OptionalDouble.of(12.32), DensityReadings.positionAt(trace, 10.0));
    }

    @Test
    void aGapBeforeTheEndOfTheHoldLeavesNoPosition() {
        // The last sample is 2 s before the hold ended: the samples after it were lost, the ram may have moved since.
        List<TraceSample> trace = List.of(new TraceSample(7.9, 100, 12.31), new TraceSample(8.0, 100, 12.32));
        assertTrue(DensityReadings.positionAt(trace, 10.0).isEmpty());
    }

    @Test
    void aPositionThatNeverArrivedIsNotTakenForOne() {
        List<TraceSample> trace = List.of(new TraceSample(9.8, 100, 12.31), new TraceSample(10.0, 100, Double.NaN));
        assertEquals(OptionalDouble.of(12.31), DensityReadings.positionAt(trace, 10.0), "the last real position, 0.2 s old");
        assertTrue(DensityReadings.positionAt(List.of(new TraceSample(10.0, 100, Double.NaN)), 10.0).isEmpty());
        assertTrue(DensityReadings.positionAt(List.of(), 10.0).isEmpty());
    }
}
