package org.layerpress.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.batch.Trace;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;
import org.layerpress.ui.records.TraceChartModel.Px;

/** The chart's numbers: pressure from force and die, the profile lined up with the trace, zoom and pan windows, pixel mapping. */
class TraceChartModelTest {

    static final double AREA_10MM = Math.PI * 10 * 10 / 4;
    static final DieSpec DIE_10MM = DemoRecipes.DIE_10_MM;
    static final RecipeStep.Press STEP = new RecipeStep.Press("Press", Pressure.megaPascals(360), PressureRate.megaPascalsPerSecond(10),
            Duration.ofSeconds(120), Pressure.megaPascals(10), 5.0, Optional.empty());
    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    /** 5 s with no force, a 36 s ramp at 10 MPa/s, 120 s at 360 MPa, 1 s down: 10 Hz. */
    static List<TracePoint> trace() {
        List<TracePoint> out = new ArrayList<>();
        for (int i = 0; i <= 1620; i++) {
            double t = i / 10.0;
            double mpa = t < 5 ? 0 : t < 41 ? (t - 5) * 10 : t < 161 ? 360 : Math.max(0, 360 - (t - 161) * 360);
            out.add(new TracePoint(5, T0.plusMillis(i * 100L), mpa * AREA_10MM / 1000, 12));
        }
        return out;
    }

    private static TraceChartModel chart() {
        return TraceChartModel.of(Trace.of(trace(), DIE_10MM), STEP);
    }

    @Test
    void forceInTheDieBecomesPelletPressure() {
        List<TraceChartModel.Sample> s = TraceChartModel.samples(Trace.of(List.of(new TracePoint(1, T0, 28.274, 0),
                new TracePoint(1, T0.plusMillis(100), 14.137, 0)), DIE_10MM));
        assertEquals(360, s.get(0).megaPascals(), 0.05, "28.27 kN on a 10 mm bore is 360 MPa");
        assertEquals(180, s.get(1).megaPascals(), 0.05);
        assertEquals(0.1, s.get(1).seconds(), 1e-9);
    }

    @Test
    void theProfileRampEndsWhereTheTraceEntersTheBand() {
        TraceChartModel.Profile p = chart().profile().orElseThrow();
        assertEquals(36, p.rampSeconds(), 1e-9);
        assertEquals(40, p.holdStart(), 0.11, "the trace reaches 350 MPa at 40 s");
        assertEquals(4, p.start(), 0.11, "so the 36 s ramp starts at 4 s, not at the first sample");
        assertEquals(160, p.holdEnd(), 0.11);
    }

    @Test
    void bandAndTargetMapToPixelsOfTheWholeWindow() {
        TraceChartModel m = chart();
        assertEquals(0, m.windowStart(), 1e-9);
        assertEquals(162, m.windowEnd(), 1e-9, "everything shows at first");
        double[] range = m.pressureRange();
        assertEquals(0, range[0], 1e-9, "the whole trace is drawn from 0 MPa");
        assertEquals(370 * 1.1, range[1], 1e-6, "above the band's top");
        List<Px> band = m.bandPolygon(810, 407);
        double top = 407 - 370 / 407.0 * 407;
        double bottom = 407 - 350 / 407.0 * 407;
        assertEquals(40 / 162.0 * 810, band.get(0).x(), 1.0);
        assertEquals(160 / 162.0 * 810, band.get(1).x(), 1.0);
        assertEquals(top, band.get(0).y(), 1e-6);
        assertEquals(bottom, band.get(2).y(), 1e-6);
        List<Px> target = m.targetLine(810, 407);
        assertEquals(407, target.get(0).y(), 1e-6, "the target starts at 0 MPa");
        assertEquals(m.y(360, 407), target.get(2).y(), 1e-9);
    }

    @Test
    void aNarrowBandStillShowsAtTheDefaultZoom() {
        RecipeStep.Press tight = new RecipeStep.Press("Press", Pressure.megaPascals(360), PressureRate.megaPascalsPerSecond(10),
                Duration.ofSeconds(120), Pressure.megaPascals(0.5), 5.0, Optional.empty());
        TraceChartModel m = TraceChartModel.of(Trace.of(trace(), DIE_10MM), tight);
        List<Px> band = m.bandPolygon(810, 200);
        assertEquals(TraceChartModel.MIN_BAND_PIXELS, band.get(2).y() - band.get(0).y(), 1e-9, "±0.5 MPa would be half a pixel");
        assertEquals(m.y(360, 200), (band.get(0).y() + band.get(2).y()) / 2, 1e-9, "centred on the target");
    }

    @Test
    void zoomHalvesTheWindowAroundItsCentreAndFitsThePressureAxis() {
        TraceChartModel in = chart().zoomIn();
        assertEquals(40.5, in.windowStart(), 1e-9);
        assertEquals(121.5, in.windowEnd(), 1e-9);
        assertTrue(in.pressureRange()[0] > 300, "zoomed into the hold, the axis no longer starts at 0: " + in.pressureRange()[0]);
        assertTrue(in.canZoomOut());
        TraceChartModel out = in.zoomOut();
        assertEquals(0, out.windowStart(), 1e-9);
        assertEquals(162, out.windowEnd(), 1e-9);
        assertFalse(out.canZoomOut(), "never wider than everything");
        TraceChartModel narrow = chart();
        for (int i = 0; i < 20; i++) {
            narrow = narrow.zoomIn();
        }
        assertEquals(TraceChartModel.MIN_WINDOW_SECONDS, narrow.windowEnd() - narrow.windowStart(), 1e-9);
        assertFalse(narrow.canZoomIn());
    }

    @Test
    void panMovesHalfAWindowAndStopsAtBothEnds() {
        TraceChartModel m = chart().zoomIn().zoomIn();
        double width = m.windowEnd() - m.windowStart();
        TraceChartModel left = m.panLeft();
        assertEquals(m.windowStart() - width / 2, left.windowStart(), 1e-9);
        for (int i = 0; i < 10; i++) {
            left = left.panLeft();
        }
        assertEquals(0, left.windowStart(), 1e-9);
        assertFalse(left.canPanLeft());
        assertTrue(left.canPanRight());
        TraceChartModel right = m;
        for (int i = 0; i < 10; i++) {
            right = right.panRight();
        }
        assertEquals(162, right.windowEnd(), 1e-9);
        assertEquals(width, right.windowEnd() - right.windowStart(), 1e-9, "panning keeps the zoom");
        assertFalse(right.canPanRight());
    }

    @Test
    void aComparedTraceSharesTheAxesAndOnlyVisibleSamplesAreDrawn() {
        List<TraceChartModel.Sample> other = new ArrayList<>();
        for (int i = 0; i <= 1800; i++) {
            other.add(new TraceChartModel.Sample(i / 10.0, Math.min(380, i)));
        }
        TraceChartModel m = chart().zoomIn().withCompare(other);
        assertTrue(m.comparing());
        assertEquals(180, m.windowEnd(), 1e-9, "comparing shows both whole traces");
        assertEquals(380 * 1.1, m.pressureRange()[1], 1e-6);
        TraceChartModel z = m.zoomIn().zoomIn();
        List<Px> line = z.line(z.main(), 800, 400);
        assertTrue(line.size() < 500, "only the window's samples, got " + line.size());
        assertTrue(line.get(0).x() <= 0 && line.get(line.size() - 1).x() >= 800, "the line runs to both edges");
        assertFalse(m.withoutCompare().comparing());
    }

    @Test
    void ticksAreRoundNumbers() {
        assertEquals(List.of(0.0, 100.0, 200.0, 300.0, 400.0), TraceChartModel.ticks(0, 407, 4));
        assertEquals(List.of(345.0, 350.0, 355.0, 360.0, 365.0, 370.0), TraceChartModel.ticks(342, 372, 6));
    }
}
