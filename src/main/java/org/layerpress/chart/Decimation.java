package org.layerpress.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Thins many samples to what a column of pixels can show: per column the first, lowest, highest and
 * last sample, in time order (the M4 rule). A line through them looks the same as one through every
 * sample, a one-sample spike survives (it is its column's highest), and the work per frame is bounded
 * by the width, not by a 60 000-sample press step. Gaps (NaN) are kept: a run ends at a gap.
 */
public final class Decimation {

    private Decimation() {
    }

    /**
     * The indices to draw, as runs (the pen is down within a run).
     *
     * @param x where each sample falls on the time axis, in pixels
     * @param columnWidth the width of one column in pixels (1 on a screen; wider on paper to bound the vertices)
     */
    public static List<int[]> columns(Series series, Scale x, double columnWidth) {
        if (!(columnWidth > 0)) {
            throw new IllegalArgumentException("a column must be wider than nothing, got " + columnWidth);
        }
        List<int[]> runs = new ArrayList<>();
        Run run = new Run();
        Column column = null;
        for (int i = 0; i < series.size(); i++) {
            double y = series.y(i);
            if (Double.isNaN(y)) {
                if (column != null) {
                    column.addTo(run);
                    column = null;
                }
                run.endInto(runs);
                continue;
            }
            long c = (long) Math.floor((x.px(series.x(i)) - x.from()) / columnWidth);
            if (column == null || column.index != c) {
                if (column != null) {
                    column.addTo(run);
                }
                column = new Column(c, i, y);
            } else {
                column.add(i, y);
            }
        }
        if (column != null) {
            column.addTo(run);
        }
        run.endInto(runs);
        return runs;
    }

    /** One pixel column's first, lowest, highest and last sample. */
    private static final class Column {
        final long index;
        final int first;
        int last;
        int low;
        int high;
        double lowY;
        double highY;

        Column(long index, int i, double y) {
            this.index = index;
            this.first = i;
            this.last = i;
            this.low = i;
            this.high = i;
            this.lowY = y;
            this.highY = y;
        }

        void add(int i, double y) {
            last = i;
            if (y < lowY) {
                low = i;
                lowY = y;
            }
            if (y > highY) {
                high = i;
                highY = y;
            }
        }

        void addTo(Run run) {
            int[] picks = {first, low, high, last};
            Arrays.sort(picks);
            for (int i = 0; i < picks.length; i++) {
                if (i == 0 || picks[i] != picks[i - 1]) {
                    run.add(picks[i]);
                }
            }
        }
    }

    /** A growing run of indices. */
    private static final class Run {
        int[] indices = new int[16];
        int size;

        void add(int i) {
            if (size == indices.length) {
                indices = Arrays.copyOf(indices, size * 2);
            }
            indices[size++] = i;
        }

        void endInto(List<int[]> runs) {
            if (size > 0) {
                runs.add(Arrays.copyOf(indices, size));
            }
            size = 0;
        }
    }
}
