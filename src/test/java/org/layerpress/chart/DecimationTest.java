package org.layerpress.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Many samples to pixel columns: each column's first, lowest, highest and last survive, gaps stay gaps. */
class DecimationTest {

    record P(double t, double v) {
    }

    private static Series series(List<P> points) {
        return Series.of(points, P::t, P::v);
    }

    /** 60 000 samples at 100 Hz of noise around 300 with one spike per 1 000. */
    private static List<P> noisy() {
        Random random = new Random(7);
        List<P> out = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            out.add(new P(i / 100.0, i % 1000 == 500 ? 900 : 300 + random.nextGaussian()));
        }
        return out;
    }

    @Test
    void everyColumnKeepsItsLowestAndHighestSample() {
        List<P> points = noisy();
        Scale x = Scale.across(Span.zeroTo(600), 0, 800);
        List<int[]> runs = Decimation.columns(series(points), x, 1);
        assertEquals(1, runs.size(), "no gaps, one run");
        int[] kept = runs.get(0);
        assertTrue(kept.length <= 4 * 800 + 4, "at most four per column: " + kept.length);
        for (int k = 1; k < kept.length; k++) {
            assertTrue(kept[k] > kept[k - 1], "in time order");
        }
        // Every column's extremes are among the kept samples.
        double[] lo = new double[801];
        double[] hi = new double[801];
        Arrays.fill(lo, Double.MAX_VALUE);
        Arrays.fill(hi, -Double.MAX_VALUE);
        for (P p : points) {
            int c = (int) Math.floor(x.px(p.t()));
            lo[c] = Math.min(lo[c], p.v());
            hi[c] = Math.max(hi[c], p.v());
        }
        double[] keptLo = new double[801];
        double[] keptHi = new double[801];
        Arrays.fill(keptLo, Double.MAX_VALUE);
        Arrays.fill(keptHi, -Double.MAX_VALUE);
        for (int i : kept) {
            int c = (int) Math.floor(x.px(points.get(i).t()));
            keptLo[c] = Math.min(keptLo[c], points.get(i).v());
            keptHi[c] = Math.max(keptHi[c], points.get(i).v());
        }
        assertArrayEquals(lo, keptLo);
        assertArrayEquals(hi, keptHi);
        long spikes = Arrays.stream(kept).filter(i -> points.get(i).v() == 900).count();
        assertEquals(60, spikes, "every one-sample spike survives");
        assertEquals(0, kept[0], "the first sample starts the line");
        assertEquals(points.size() - 1, kept[kept.length - 1], "the last one ends it");
    }

    @Test
    void fewSamplesAreKeptAsTheyAre() {
        List<P> points = List.of(new P(0, 1), new P(1, 5), new P(2, 3));
        List<int[]> runs = Decimation.columns(series(points), Scale.across(Span.zeroTo(2), 0, 400), 1);
        assertEquals(1, runs.size());
        assertArrayEquals(new int[] {0, 1, 2}, runs.get(0));
    }

    @Test
    void aGapEndsARunAndIsNeverBridged() {
        List<P> points = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            points.add(new P(i, i == 10 || i == 11 ? Double.NaN : i));
        }
        List<int[]> runs = Decimation.columns(series(points), Scale.across(Span.zeroTo(30), 0, 300), 1);
        assertEquals(2, runs.size());
        assertEquals(9, runs.get(0)[runs.get(0).length - 1]);
        assertEquals(12, runs.get(1)[0]);
    }

    @Test
    void widerColumnsBoundTheVerticesOnPaper() {
        List<P> points = noisy();
        Scale x = Scale.across(Span.zeroTo(600), 46, 420);
        Polyline line = Polyline.of(series(points), x, Scale.upPaper(Span.zeroTo(1000), 30, 126), 420.0 / 600);
        assertTrue(line.vertices() <= 4 * 601, "four per column at most: " + line.vertices());
        double top = Arrays.stream(line.runs().get(0).ys()).max().orElseThrow();
        assertEquals(30 + 126 * 0.9, top, 1e-9, "the 900 spike is drawn at its height");
        assertEquals(46, line.runs().get(0).xs()[0], 1e-9, "pixels, not values");
    }
}
