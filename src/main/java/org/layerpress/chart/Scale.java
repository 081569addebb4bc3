package org.layerpress.chart;

/**
 * Maps the values of a {@link Span} linearly onto a run of pixels (or PDF points): {@code lo} to
 * {@code from}, {@code hi} to {@code to}. A screen's value axis runs upward, so its {@code from} is
 * the bottom edge and {@code to} the top; PDF y grows upward, so there {@code from} is simply below
 * {@code to}. A clamped scale keeps values outside the span on the edge (a live trend never draws
 * off its field); an unclamped one leaves that to the drawing's clip.
 */
public record Scale(Span span, double from, double to, boolean clamped) {

    /** Left to right across {@code width}, starting at {@code left}. */
    public static Scale across(Span span, double left, double width) {
        return new Scale(span, left, left + width, false);
    }

    /** Bottom to top on a screen (y grows down): {@code lo} at {@code top + height}, {@code hi} at {@code top}. */
    public static Scale upScreen(Span span, double top, double height) {
        return new Scale(span, top + height, top, false);
    }

    /** Bottom to top on paper (y grows up): {@code lo} at {@code bottom}, {@code hi} at {@code bottom + height}. */
    public static Scale upPaper(Span span, double bottom, double height) {
        return new Scale(span, bottom, bottom + height, false);
    }

    public Scale clamp() {
        return new Scale(span, from, to, true);
    }

    /** Where {@code value} falls. */
    public double px(double value) {
        double f = (value - span.lo()) / span.size();
        if (clamped) {
            f = Math.max(0, Math.min(1, f));
        }
        return from + f * (to - from);
    }
}
