package org.layerpress.ui.controls;

import java.util.List;

/**
 * What a trend shows at one refresh: points over the last {@code spanNanos} up to {@code endNanos},
 * drawn from 0 up to {@code top}; {@code limit} is a dashed line (the die rating), NaN for none.
 * A NaN value is a gap (no live value then).
 */
public record TrendSnapshot(List<Point> points, long endNanos, long spanNanos, double top, double limit) {

    public static final TrendSnapshot EMPTY = new TrendSnapshot(List.of(), 0, 1, 1, Double.NaN);

    public record Point(long nanos, double value) {
    }

    public TrendSnapshot {
        points = List.copyOf(points);
        if (spanNanos <= 0 || !(top > 0)) {
            throw new IllegalArgumentException("a trend needs a positive span and top");
        }
    }
}
