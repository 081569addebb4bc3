package org.layerpress.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A series as pixel lines, thinned to columns ({@link Decimation}): each run is drawn with the pen
 * down (moveTo the first point, lineTo the rest; or one strokePolyline), a gap between runs.
 */
public record Polyline(List<Run> runs) {

    /** Points of one pen-down stretch, as the parallel arrays a canvas' strokePolyline takes. */
    public record Run(double[] xs, double[] ys) {
        public int size() {
            return xs.length;
        }
    }

    public Polyline {
        runs = List.copyOf(runs);
    }

    /** {@code series} on the scales, one column per {@code columnWidth} pixels of {@code x}. */
    public static Polyline of(Series series, Scale x, Scale y, double columnWidth) {
        List<Run> runs = new ArrayList<>();
        for (int[] indices : Decimation.columns(series, x, columnWidth)) {
            double[] xs = new double[indices.length];
            double[] ys = new double[indices.length];
            for (int k = 0; k < indices.length; k++) {
                xs[k] = x.px(series.x(indices[k]));
                ys[k] = y.px(series.y(indices[k]));
            }
            runs.add(new Run(xs, ys));
        }
        return new Polyline(runs);
    }

    /** One column per pixel: what a screen can show. */
    public static Polyline of(Series series, Scale x, Scale y) {
        return of(series, x, y, 1);
    }

    public int vertices() {
        return runs.stream().mapToInt(Run::size).sum();
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }
}
