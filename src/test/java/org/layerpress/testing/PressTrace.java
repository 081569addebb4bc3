package org.layerpress.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.press.DieSpec;

/**
 * A press step's trace sample by sample, as the PLC's sampling would record it: force from the
 * pellet pressure in the die and the ram position, which advances as the powder compacts (0.3 mm
 * from zero to the target). Values are kept at the store's resolution (0.001 kN, 0.0001 mm).
 */
public final class PressTrace {

    /** Where the crafted traces of a record start, unless told: the morning of the tests' station clock. */
    static final Instant T0 = Instant.parse(TestStation.START);

    private final int step;
    private final Duration period;
    private final double areaMm2;
    private final List<TracePoint> points = new ArrayList<>();
    private Instant t;
    private double target = 100;
    private double mpa;
    private double mm = 3.0;

    public PressTrace(int step, Instant start, Duration period, DieSpec die) {
        this.step = step;
        this.t = start;
        this.period = period;
        this.areaMm2 = die.areaSquareMillimetres();
    }

    /** Step {@code step}'s trace at 100 Hz in the 10 mm die, starting {@code 100 s × step} after {@link #T0}. */
    public static PressTrace of(int step) {
        return new PressTrace(step, T0.plusSeconds(100L * step), Duration.ofMillis(10), DemoRecipes.DIE_10_MM);
    }

    private void sample() {
        points.add(new TracePoint(step, t, Math.round(mpa * areaMm2) / 1000.0, Math.round(mm * 10_000) / 10_000.0));
        t = t.plus(period);
    }

    private double perSecond() {
        return 1e9 / period.toNanos();
    }

    /** From the current pressure to 100 MPa at {@code rate} MPa/s. */
    public PressTrace ramp(double rate) {
        return rampTo(100, rate);
    }

    /** From the current pressure to {@code megaPascals} at {@code rate} MPa/s; the ram compacts with the pressure. */
    public PressTrace rampTo(double megaPascals, double rate) {
        target = Math.max(target, megaPascals);
        double start = mpa;
        int n = (int) Math.ceil((megaPascals - start) / rate * perSecond());
        for (int i = 1; i <= n; i++) {
            mpa = start + (megaPascals - start) * i / n;
            mm = 3.0 + 0.3 * mpa / target;
            sample();
        }
        return this;
    }

    /** Holds for {@code seconds} while the pressure falls by {@code fallMpa} and the ram advances {@code advanceMm}, both evenly. */
    public PressTrace hold(double seconds, double fallMpa, double advanceMm) {
        int n = (int) Math.round(seconds * perSecond());
        double p0 = mpa;
        double x0 = mm;
        for (int i = 1; i <= n; i++) {
            mpa = p0 - fallMpa * i / n;
            mm = x0 + advanceMm * i / n;
            sample();
        }
        return this;
    }

    /** {@code megaPascals} for {@code seconds} (a spike, a dip). */
    public PressTrace at(double megaPascals, double seconds) {
        int n = (int) Math.round(seconds * perSecond());
        mpa = megaPascals;
        for (int i = 0; i < n; i++) {
            sample();
        }
        return this;
    }

    /** No samples for a while (a lost link), and the pressure gone when they come back. */
    public PressTrace pause(Duration d) {
        t = t.plus(d);
        mpa = 0;
        return this;
    }

    /** When the next sample would be taken. */
    Instant next() {
        return t;
    }

    public List<TracePoint> points() {
        return List.copyOf(points);
    }
}
