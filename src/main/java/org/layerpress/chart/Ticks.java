package org.layerpress.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Round tick values: steps of 1, 2 or 5 times a power of ten, so an axis reads 0, 100, 200 or 345,
 * 350, 355, never 127, 255, 382.
 */
public final class Ticks {

    private static final double[] MULTIPLES = {1, 2, 5, 10};
    /** Enough digits for any axis here; fewer than a double carries, so 3 × 0.1 reads 0.3. */
    private static final MathContext CLEAN = new MathContext(12);
    /** More than any axis can label; a step this fine is a mistake, not a chart. */
    private static final int MAX_TICKS = 1000;

    private Ticks() {
    }

    /** The round step nearest {@code raw} (by ratio), so the tick count stays close to what was asked. */
    public static double stepNear(double raw) {
        if (!(raw > 0) || Double.isInfinite(raw)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : MULTIPLES) {
            if (Math.abs(Math.log(m * magnitude / raw)) < Math.abs(Math.log(step / raw))) {
                step = m * magnitude;
            }
        }
        return step;
    }

    /** The smallest round step at least {@code raw}: never more ticks than asked (paper has little room). */
    public static double stepAtLeast(double raw) {
        if (!(raw > 0) || Double.isInfinite(raw)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : MULTIPLES) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** Every multiple of {@code step} inside {@code span}, ends included, free of float dust (0.30000000000000004). */
    public static List<Double> multiples(double step, Span span) {
        if (!(step > 0) || span.size() / step > MAX_TICKS) {
            throw new IllegalArgumentException("a tick step must be positive and leave at most " + MAX_TICKS + " ticks, got " + step
                    + " over " + span.size());
        }
        List<Double> out = new ArrayList<>();
        long first = (long) Math.ceil(span.lo() / step - 1e-9);
        for (long k = first; k * step <= span.hi() + 1e-9 * step; k++) {
            out.add(clean(k * step));
        }
        return out;
    }

    private static double clean(double v) {
        return v == 0 ? 0 : new BigDecimal(v).round(CLEAN).doubleValue();
    }
}
