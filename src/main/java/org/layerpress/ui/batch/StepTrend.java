package org.layerpress.ui.batch;

import java.util.List;
import org.layerpress.chart.Span;
import org.layerpress.chart.TargetBand;

/**
 * The pressure of the running press step against its recipe profile: points in seconds since
 * Start, the target and its ± band (MPa), drawn over {@code spanSeconds} from 0 to {@code top} MPa.
 * A NaN pressure is a gap (no live value then).
 */
public record StepTrend(List<Point> points, double spanSeconds, double target, double band, double top) {

    public record Point(double seconds, double megaPascals) {
    }

    public StepTrend {
        points = List.copyOf(points);
        if (!(spanSeconds > 0) || !(top > 0)) {
            throw new IllegalArgumentException("a trend needs a positive span and top");
        }
    }

    /** The recipe profile alone, before Start: the span covers the ramp and the hold with a margin. */
    public static StepTrend profile(double target, double band, double rampMpaPerSecond, double holdSeconds) {
        double ramp = rampMpaPerSecond > 0 ? target / rampMpaPerSecond : 0;
        double span = Math.max(5, (ramp + holdSeconds) * 1.25 + 1);
        // Headroom above the band's top, so an overshoot shows before it reaches the edge.
        return new StepTrend(List.of(), span, target, band, Span.zeroTo(new TargetBand(target, band).high()).withHeadroom(0.2).hi());
    }

    public StepTrend with(List<Point> newPoints) {
        double span = spanSeconds;
        if (!newPoints.isEmpty()) {
            span = Math.max(span, newPoints.get(newPoints.size() - 1).seconds() * 1.05);
        }
        return new StepTrend(newPoints, span, target, band, top);
    }
}
