package org.layerpress.domain.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.layerpress.domain.press.DieSpec;

/**
 * The trace of one press step in the die it was pressed in: the force and ram position samples as
 * the PLC reported them, and what they mean for the pellet — pressure is force / die area
 * ({@link DieSpec#pressureFor}), time is seconds since the trace's first sample. A step pressed
 * more than once (held, then repeated) has all its attempts in one trace; {@link #attempts} tells
 * them apart by the pause between them.
 */
public final class Trace {

    private final List<TracePoint> points;
    private final DieSpec die;

    private Trace(List<TracePoint> points, DieSpec die) {
        this.points = List.copyOf(points);
        this.die = die;
    }

    /** @param points in the order they arrived (force and position come as separate samples, not always in time order) */
    public static Trace of(List<TracePoint> points, DieSpec die) {
        return new Trace(points, die);
    }

    public List<TracePoint> points() {
        return points;
    }

    public DieSpec die() {
        return die;
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    public int size() {
        return points.size();
    }

    /** The pellet pressure a sample's force makes in this die, MPa. */
    public double megaPascals(TracePoint p) {
        return die.megaPascalsFor(p.forceKiloNewtons());
    }

    /** Seconds from the first sample to {@code t}; 0 for an empty trace (nothing started before {@code t}). */
    public double secondsAt(Instant t) {
        return points.isEmpty() ? 0 : seconds(points.get(0).sourceTime(), t);
    }

    /** The samples as pressure over seconds since the first sample, in the order they arrived. */
    public List<TraceSample> samples() {
        List<TraceSample> out = new ArrayList<>(points.size());
        if (points.isEmpty()) {
            return out;
        }
        Instant t0 = points.get(0).sourceTime();
        for (TracePoint p : points) {
            out.add(new TraceSample(seconds(t0, p.sourceTime()), megaPascals(p), p.positionMillimetres()));
        }
        return out;
    }

    /** The highest force of the trace, kN; 0 when empty. */
    public double peakKiloNewtons() {
        return points.stream().mapToDouble(TracePoint::forceKiloNewtons).max().orElse(0);
    }

    /**
     * The trace in source-time order cut into attempts wherever the samples pause longer than
     * {@code gap} (a hold and a resume take longer than that); each attempt is a trace of its own,
     * its seconds counted from its own first sample.
     */
    public List<Trace> attempts(Duration gap) {
        List<TracePoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(TracePoint::sourceTime));
        List<Trace> out = new ArrayList<>();
        List<TracePoint> current = new ArrayList<>();
        TracePoint previous = null;
        for (TracePoint p : sorted) {
            if (previous != null && Duration.between(previous.sourceTime(), p.sourceTime()).compareTo(gap) > 0) {
                out.add(new Trace(current, die));
                current = new ArrayList<>();
            }
            current.add(p);
            previous = p;
        }
        if (!current.isEmpty()) {
            out.add(new Trace(current, die));
        }
        return out;
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }
}
