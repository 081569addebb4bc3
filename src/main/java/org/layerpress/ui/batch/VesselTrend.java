package org.layerpress.ui.batch;

import java.util.List;
import org.layerpress.chart.Span;

/**
 * The vessel pressure since the PRESSURISE or DEPRESSURISE page opened, against the recipe's band (a
 * vent has none: band 0 and target 0). Points in seconds since the page opened, MPa; a NaN pressure is
 * a gap (no live value then), never the last value carried on. Drawn over {@code spanSeconds} from 0 to
 * {@code high} MPa.
 */
public record VesselTrend(List<Point> points, double spanSeconds, double target, double band, double high) {

    /** One refresh: the vessel pressure, MPa (NaN: no live value). */
    public record Point(double seconds, double megaPascals) {
    }

    /** At least this many seconds across, so the first points do not fill the width. */
    static final double MIN_SPAN_S = 60;
    /** A vent's scale before any reading: the vessel's pressure is not known from the recipe. */
    static final double VENT_MIN_MPA = 10;

    public VesselTrend {
        points = List.copyOf(points);
        if (!(spanSeconds > 0) || !(high > 0)) {
            throw new IllegalArgumentException("a trend needs a positive span and a positive top");
        }
    }

    /** The band alone, before any reading: 0 up to the band's top with headroom (a vent: {@link #VENT_MIN_MPA}). */
    public static VesselTrend of(double target, double band) {
        return new VesselTrend(List.of(), MIN_SPAN_S, target, band, top(target, band));
    }

    /** With these points: the span grows to the newest one, the top to the highest reading. */
    public VesselTrend with(List<Point> newPoints) {
        double top = top(target, band);
        for (Point p : newPoints) {
            if (Double.isFinite(p.megaPascals())) {
                top = Math.max(top, p.megaPascals() * 1.05);
            }
        }
        double span = newPoints.isEmpty() ? spanSeconds : Math.max(spanSeconds, newPoints.get(newPoints.size() - 1).seconds() * 1.05);
        return new VesselTrend(newPoints, span, target, band, top);
    }

    /** Whether this is a PRESSURISE's trend, with a band to shade. */
    public boolean banded() {
        return band > 0;
    }

    private static double top(double target, double band) {
        return target + band > 0 ? Span.zeroTo(target + band).withHeadroom(0.15).hi() : VENT_MIN_MPA;
    }
}
