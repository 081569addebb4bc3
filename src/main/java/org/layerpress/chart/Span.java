package org.layerpress.chart;

/** A range of values on one axis, {@code lo} to {@code hi} (never empty: {@code hi > lo}). */
public record Span(double lo, double hi) {

    public Span {
        if (!(hi > lo) || Double.isInfinite(lo) || Double.isInfinite(hi)) {
            throw new IllegalArgumentException("a span needs lo < hi, got " + lo + " .. " + hi);
        }
    }

    /** From 0 up to {@code hi}; a chart of force or pressure starts at nothing. */
    public static Span zeroTo(double hi) {
        return new Span(0, hi);
    }

    public double size() {
        return hi - lo;
    }

    /** The same span grown by {@code fraction} of its size at the top (headroom above the highest value). */
    public Span withHeadroom(double fraction) {
        return new Span(lo, hi + size() * fraction);
    }
}
