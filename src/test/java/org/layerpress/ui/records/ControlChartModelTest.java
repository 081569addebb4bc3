package org.layerpress.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerpress.application.review.BatchQuantity;
import org.layerpress.application.review.ControlChartUseCase;

/** The chart's sentences and file, without a stage: many batches beyond, a run on one side. */
class ControlChartModelTest {

    private static ControlChartModel of(double... values) {
        List<ControlChartUseCase.Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new ControlChartUseCase.Point("B-" + (i + 1), Instant.EPOCH.plusSeconds(i), values[i], false));
        }
        return new ControlChartModel("R", BatchQuantity.PEAK_PRESSURE, new ControlChartUseCase.Chart(points, 2));
    }

    @Test
    void manyBatchesBeyondNameTheNewestThreeAndCountTheRest() {
        double[] v = new double[40];
        for (int i = 0; i < v.length; i++) {
            v[i] = 360 + (i % 2 == 0 ? 0.1 : -0.1);
        }
        v[5] = 400;
        v[10] = 400;
        v[20] = 400;
        v[30] = 320;
        v[35] = 400;
        ControlChartModel m = of(v);

        assertEquals(5, m.chart().outOfControl().size());
        assertEquals("BEYOND the limits: B-21 (above), B-31 (below), B-36 (above) and 2 more (each marked on the chart)", m.beyondWords());
        assertEquals("2 batches have no peak pressure: no press result recorded", m.missingWords());
    }

    @Test
    void sevenInARowOnOneSideOfTheMeanAreNoted() {
        ControlChartModel m = of(10, 11, 10, 11, 12, 12, 12, 12, 12, 12, 12, 9);

        assertEquals("7 in a row above the mean: B-5 to B-11", m.runWords());
        assertEquals("", of(10, 11, 10, 11, 10, 11).runWords());
    }

    @Test
    void theCsvHasOneRowPerBatchWithTheLimits() {
        String csv = new String(of(10, 11, 10, 11).csv(), java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = csv.split("\n");
        assertEquals(5, lines.length);
        assertTrue(lines[1].startsWith("R,peak_pressure,B-1,1970-01-01T00:00:00Z,10,MPa,10.5,"), lines[1]);
        assertTrue(lines[1].endsWith(",no"), lines[1]);
    }
}
