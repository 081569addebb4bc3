package org.layerpress.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Round ticks and the axes built on them. */
class TicksTest {

    @Test
    void theNearestRoundStepKeepsTheCountCloseToWhatWasAsked() {
        assertEquals(100, Ticks.stepNear(101.75), 1e-12);
        assertEquals(5, Ticks.stepNear(5), 1e-12);
        assertEquals(2, Ticks.stepNear(2.9), 1e-12, "2.9 is nearer 2 than 5 by ratio");
        assertEquals(5, Ticks.stepNear(3.4), 1e-12);
        assertEquals(0.2, Ticks.stepNear(0.17), 1e-12);
        assertEquals(1, Ticks.stepNear(0), 1e-12, "an empty range still has a step");
    }

    @Test
    void theStepAtLeastNeverGivesMoreTicksThanAsked() {
        assertEquals(10, Ticks.stepAtLeast(6.1), 1e-12);
        assertEquals(2, Ticks.stepAtLeast(1.01), 1e-12);
        assertEquals(5, Ticks.stepAtLeast(5), 1e-12);
        assertEquals(1, Ticks.stepAtLeast(-3), 1e-12);
    }

    @Test
    void multiplesIncludeBothEndsAndCarryNoFloatDust() {
        assertEquals(List.of(0.0, 100.0, 200.0, 300.0, 400.0), Ticks.multiples(100, new Span(0, 407)));
        assertEquals(List.of(345.0, 350.0, 355.0, 360.0, 365.0, 370.0), Ticks.multiples(5, new Span(342, 372)));
        assertEquals(List.of(0.2, 0.3, 0.4, 0.5, 0.6), Ticks.multiples(0.1, new Span(0.15, 0.6)), "0.6, not 0.6000000000000001");
        assertEquals(List.of(-10.0, -5.0, 0.0), Ticks.multiples(5, new Span(-12, 0)));
        assertThrows(IllegalArgumentException.class, () -> Ticks.multiples(0, new Span(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> Ticks.multiples(1e-6, new Span(0, 1)), "a million ticks is a mistake");
    }

    @Test
    void aRoundedAxisFromZeroEndsOnItsLastTick() {
        Axis force = Axis.roundedZeroTo(30.5, 5);
        assertEquals(10, force.step(), 1e-12);
        assertEquals(new Span(0, 40), force.span());
        assertEquals(List.of(0.0, 10.0, 20.0, 30.0, 40.0), force.ticks());
        assertEquals(List.of(10.0, 20.0, 30.0), force.innerTicks(), "the frame draws the ends");
        assertEquals(new Span(0, 200), Axis.roundedZeroTo(200, 8).span(), "a maximum on a tick is not pushed up a step");
        assertEquals(new Span(0, 1), Axis.roundedZeroTo(0, 5).span(), "nothing measured: still an axis");
    }

    @Test
    void aFittedAxisKeepsItsSpanAndPutsRoundTicksInside() {
        Axis pressure = Axis.fitted(new Span(342, 372), 6);
        assertEquals(new Span(342, 372), pressure.span());
        assertEquals(List.of(345.0, 350.0, 355.0, 360.0, 365.0, 370.0), pressure.ticks());
        assertEquals(List.of(0.0, 100.0, 200.0, 300.0, 400.0), Axis.fitted(new Span(0, 407), 4).ticks());
        assertEquals(List.of(0.0, 100.0, 200.0, 300.0), Axis.within(new Span(0, 318), 5).ticks(), "at least 63.6 apart: 100");
    }
}
