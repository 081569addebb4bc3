package org.layerpress.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * An individuals (X) control chart over one value per batch, in batch order: the centre line is the
 * mean of the values shown, and the limits are mean ± 3σ with σ estimated from the average moving
 * range of neighbouring values (σ = MR̄ / d2, d2 = 1.128 for ranges of two), the usual estimate for
 * one measurement per batch (it follows batch-to-batch noise, not the slow drift a plain standard
 * deviation would include). A point beyond a limit is out of control and says on which side, so the
 * screen can mark it with a shape and a word, never colour alone.
 *
 * <p>Fewer than two values have no moving range: the chart has a centre line but no limits.
 */
public final class IndividualsChart {

    /** d2 for moving ranges of two neighbouring values. */
    public static final double D2 = 1.128;

    /** Where a point falls against the limits. */
    public enum Side { WITHIN, ABOVE, BELOW }

    private final List<Double> values;
    private final double mean;
    private final OptionalDouble sigma;

    private IndividualsChart(List<Double> values) {
        this.values = List.copyOf(values);
        this.mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double ranges = 0;
        for (int i = 1; i < values.size(); i++) {
            ranges += Math.abs(values.get(i) - values.get(i - 1));
        }
        this.sigma = values.size() < 2 ? OptionalDouble.empty() : OptionalDouble.of(ranges / (values.size() - 1) / D2);
    }

    /** @param values one finite value per batch, oldest first */
    public static IndividualsChart of(List<Double> values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("a control chart takes finite values only, was " + v);
            }
        }
        return new IndividualsChart(values);
    }

    public List<Double> values() {
        return values;
    }

    /** The centre line; NaN without values. */
    public double mean() {
        return mean;
    }

    /** σ from the average moving range; empty with fewer than two values. */
    public OptionalDouble sigma() {
        return sigma;
    }

    public OptionalDouble upperLimit() {
        return sigma.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(mean + 3 * sigma.getAsDouble());
    }

    public OptionalDouble lowerLimit() {
        return sigma.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(mean - 3 * sigma.getAsDouble());
    }

    /** Point {@code i} against the limits (a point exactly on a limit is within). */
    public Side side(int i) {
        double v = values.get(i);
        if (sigma.isEmpty()) {
            return Side.WITHIN;
        }
        return v > upperLimit().getAsDouble() ? Side.ABOVE : v < lowerLimit().getAsDouble() ? Side.BELOW : Side.WITHIN;
    }

    /** The indexes of the points beyond a limit, in order. */
    public List<Integer> outOfControl() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (side(i) != Side.WITHIN) {
                out.add(i);
            }
        }
        return out;
    }

    /** The value range to plot: the values and both limits, so the limit lines are always on the chart. */
    public Span span() {
        double lo = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (sigma.isPresent()) {
            lo = Math.min(lo, lowerLimit().getAsDouble());
            hi = Math.max(hi, upperLimit().getAsDouble());
        }
        // Equal values (σ 0) still get a span: one unit around them, or 1 % of their size.
        double pad = hi > lo ? 0 : Math.max(Math.abs(hi) * 0.01, 1e-9);
        return new Span(lo - pad, hi + pad);
    }

    /**
     * The point nearest a tap at pixel column {@code px} on {@code x} (point i at x value i), if it lies
     * within {@code reachPx}: taps are resolved to the nearest point, so each point answers over a
     * glove-sized width even when points are closer together than a fingertip.
     */
    public OptionalInt nearest(Scale x, double px, double reachPx) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < values.size(); i++) {
            double d = Math.abs(x.px(i) - px);
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best >= 0 && bestDistance <= reachPx ? OptionalInt.of(best) : OptionalInt.empty();
    }
}
