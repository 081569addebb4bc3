package org.layerpress.chart;

import java.util.List;

/** An axis: the span it shows and the round step of its ticks. */
public record Axis(Span span, double step) {

    public Axis {
        if (!(step > 0)) {
            throw new IllegalArgumentException("a tick step must be positive, got " + step);
        }
    }

    /**
     * From 0 up to the first round tick at or above {@code max}, ticks no closer than
     * {@code max / count} ({@link Ticks#stepAtLeast}): the axis ends on a labelled line, as on paper.
     */
    public static Axis roundedZeroTo(double max, int count) {
        double step = Ticks.stepAtLeast(max / Math.max(1, count));
        return new Axis(Span.zeroTo(Math.max(step, Math.ceil(max / step - 1e-9) * step)), step);
    }

    /** Exactly {@code span}, with about {@code count} round ticks inside ({@link Ticks#stepNear}): a window fitted to what shows. */
    public static Axis fitted(Span span, int count) {
        return new Axis(span, Ticks.stepNear(span.size() / Math.max(1, count)));
    }

    /** Exactly {@code span}, ticks no closer than {@code span / count}. */
    public static Axis within(Span span, int count) {
        return new Axis(span, Ticks.stepAtLeast(span.size() / Math.max(1, count)));
    }

    /** Every multiple of the step inside the span, ends included. */
    public List<Double> ticks() {
        return Ticks.multiples(step, span);
    }

    /** The ticks strictly inside the span: where grid lines go when the frame draws the ends. */
    public List<Double> innerTicks() {
        double eps = 1e-9 * step;
        return ticks().stream().filter(v -> v > span.lo() + eps && v < span.hi() - eps).toList();
    }
}
