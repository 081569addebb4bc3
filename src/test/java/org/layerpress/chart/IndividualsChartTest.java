package org.layerpress.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The individuals chart's centre line, moving-range limits and out-of-control points, worked by hand. */
class IndividualsChartTest {

    @Test
    void limitsAreTheMeanPlusMinusThreeSigmaFromTheAverageMovingRange() {
        // Moving ranges 2, 2, 2, 1: MR̄ 1.75, mean 11.
        IndividualsChart c = IndividualsChart.of(List.of(10.0, 12.0, 10.0, 12.0, 11.0));
        assertEquals(11.0, c.mean(), 1e-9);
        double mr = (2 + 2 + 2 + 1) / 4.0;
        assertEquals(mr / 1.128, c.sigma().getAsDouble(), 1e-9);
        assertEquals(11.0 + 3 * mr / 1.128, c.upperLimit().getAsDouble(), 1e-9);
        assertEquals(11.0 - 3 * mr / 1.128, c.lowerLimit().getAsDouble(), 1e-9);
        assertEquals(List.of(), c.outOfControl());
    }

    @Test
    void aPointBeyondALimitIsMarkedWithItsSide() {
        List<Double> values = List.of(360.1, 360.3, 359.9, 360.2, 360.0, 360.1, 359.8, 360.2, 360.0, 372.0, 360.1, 360.0, 359.9, 360.2);
        IndividualsChart c = IndividualsChart.of(values);
        assertEquals(List.of(9), c.outOfControl());
        assertEquals(IndividualsChart.Side.ABOVE, c.side(9));
        assertEquals(IndividualsChart.Side.WITHIN, c.side(0));
        assertTrue(c.span().hi() >= 372.0 && c.span().lo() <= c.lowerLimit().getAsDouble(), "the span holds the values and both limits");
    }

    @Test
    void oneValueHasACentreLineButNoLimitsAndBadValuesAreRefused() {
        IndividualsChart one = IndividualsChart.of(List.of(5.0));
        assertEquals(5.0, one.mean());
        assertTrue(one.upperLimit().isEmpty());
        assertEquals(IndividualsChart.Side.WITHIN, one.side(0));
        assertFalse(one.span().size() <= 0);
        assertThrows(IllegalArgumentException.class, () -> IndividualsChart.of(List.of(1.0, Double.NaN)));
    }

    @Test
    void aTapIsResolvedToTheNearestPointWithinReach() {
        IndividualsChart c = IndividualsChart.of(List.of(1.0, 2.0, 3.0, 4.0));
        Scale x = Scale.across(new Span(0, 3), 100, 300); // points at 100, 200, 300, 400 px
        assertEquals(OptionalInt.of(2), c.nearest(x, 280, 59));
        assertEquals(OptionalInt.of(3), c.nearest(x, 455, 59));
        assertEquals(OptionalInt.empty(), c.nearest(x, 470, 59));
    }
}
