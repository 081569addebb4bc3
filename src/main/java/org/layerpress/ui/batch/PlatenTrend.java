package org.layerpress.ui.batch;

import java.util.List;
import org.layerpress.chart.Span;

/**
 * Both platens' temperatures since the HEAT or COOL page opened, against the step's target: a HEAT's
 * setpoint with its soak band, a COOL's release-below limit (band 0). Points in seconds since the page
 * opened, °C; a NaN temperature is a gap (no live value then), never the last value carried on.
 * Drawn over {@code spanSeconds} from {@code low} to {@code high} °C.
 */
public record PlatenTrend(List<Point> points, double spanSeconds, double target, double band, double low, double high) {

    /** One refresh: the top and the bottom platen, °C (NaN: no live value). */
    public record Point(double seconds, double top, double bottom) {
    }

    /** At least this many seconds across, so the first points do not fill the width. */
    static final double MIN_SPAN_S = 60;

    public PlatenTrend {
        points = List.copyOf(points);
        if (!(spanSeconds > 0) || !(high > low)) {
            throw new IllegalArgumentException("a trend needs a positive span and high above low");
        }
    }

    /** The target alone, before any reading: 0 °C up to the band's top with headroom. */
    public static PlatenTrend of(double target, double band) {
        return new PlatenTrend(List.of(), MIN_SPAN_S, target, band, 0, Span.zeroTo(target + band).withHeadroom(0.15).hi());
    }

    /** With these points: the span grows to the newest one, the top to the hottest reading. */
    public PlatenTrend with(List<Point> newPoints) {
        double span = spanSeconds;
        double top = Span.zeroTo(target + band).withHeadroom(0.15).hi();
        for (Point p : newPoints) {
            top = Math.max(top, Math.max(finite(p.top()), finite(p.bottom())) * 1.05);
        }
        if (!newPoints.isEmpty()) {
            span = Math.max(span, newPoints.get(newPoints.size() - 1).seconds() * 1.05);
        }
        return new PlatenTrend(newPoints, span, target, band, low, top);
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
