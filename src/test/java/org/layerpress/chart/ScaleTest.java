package org.layerpress.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Ranges, value-to-pixel scales and where a target and its band fall. */
class ScaleTest {

    @Test
    void spansAreNeverEmptyAndGrowHeadroomAtTheTop() {
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 5));
        assertThrows(IllegalArgumentException.class, () -> new Span(0, Double.POSITIVE_INFINITY));
        Span s = Span.zeroTo(370).withHeadroom(0.1);
        assertEquals(0, s.lo());
        assertEquals(407, s.hi(), 1e-9);
        assertEquals(407, s.size(), 1e-9);
    }

    @Test
    void aScreenScaleRunsUpFromTheBottomEdge() {
        Scale y = Scale.upScreen(Span.zeroTo(400), 10, 200);
        assertEquals(210, y.px(0), 1e-12, "0 at the bottom");
        assertEquals(10, y.px(400), 1e-12, "the top of the span at the top edge");
        assertEquals(110, y.px(200), 1e-12);
        assertEquals(-40, y.px(500), 1e-12, "unclamped: off the plot, left to the clip");
        assertEquals(10, y.clamp().px(500), 1e-12, "clamped: on the edge");
        assertEquals(210, y.clamp().px(-3), 1e-12);
    }

    @Test
    void paperAndTimeScalesRunUpAndRight() {
        Scale y = Scale.upPaper(Span.zeroTo(40), 30, 126);
        assertEquals(30, y.px(0), 1e-12);
        assertEquals(156, y.px(40), 1e-12);
        Scale x = Scale.across(new Span(-30, 0), 5, 300);
        assertEquals(5, x.px(-30), 1e-12);
        assertEquals(305, x.px(0), 1e-12);
        assertEquals(155, x.px(-15), 1e-12);
    }

    @Test
    void theBandIsARectangleAroundTheTargetsRow() {
        TargetBand recipe = new TargetBand(360, 10);
        Scale x = Scale.across(Span.zeroTo(162), 0, 810);
        Scale y = Scale.upScreen(Span.zeroTo(407), 0, 407);
        assertEquals(350, recipe.low());
        assertEquals(370, recipe.high());
        assertEquals(47, recipe.targetRow(y), 1e-9);
        TargetBand.Rect hold = recipe.band(x, 40, 160, y, 0);
        assertEquals(200, hold.x(), 1e-9);
        assertEquals(600, hold.width(), 1e-9);
        assertEquals(37, hold.y(), 1e-9, "the band's top is its high edge");
        assertEquals(20, hold.height(), 1e-9);
        TargetBand.Rect across = recipe.bandAcross(x, y, 0);
        assertEquals(0, across.x(), 1e-9);
        assertEquals(810, across.width(), 1e-9);
        TargetBand.Rect thin = new TargetBand(360, 0.1).bandAcross(x, y, 3);
        assertEquals(3, thin.height(), 1e-9, "a band thinner than the minimum still shows");
        assertEquals(47 - 1.5, thin.y(), 1e-9, "centred on the target");
        Scale paper = Scale.upPaper(Span.zeroTo(407), 0, 407);
        assertEquals(350, recipe.bandAcross(x, paper, 0).y(), 1e-9, "on paper the rectangle starts at its low edge");
    }
}
