package org.layerpress.chart;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One line's samples as plain numbers, x ascending: seconds, nanoseconds, whatever the chart's time
 * axis counts. A NaN y is a gap (no live value then): the line stops and starts again after it.
 */
public interface Series {

    int size();

    double x(int i);

    double y(int i);

    /** A view of {@code items} (not a copy), read through the two accessors. */
    static <T> Series of(List<T> items, ToDoubleFunction<? super T> x, ToDoubleFunction<? super T> y) {
        return new Series() {
            @Override
            public int size() {
                return items.size();
            }

            @Override
            public double x(int i) {
                return x.applyAsDouble(items.get(i));
            }

            @Override
            public double y(int i) {
                return y.applyAsDouble(items.get(i));
            }
        };
    }
}
