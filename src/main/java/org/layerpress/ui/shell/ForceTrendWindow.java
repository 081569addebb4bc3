package org.layerpress.ui.shell;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import org.layerpress.domain.press.Die;
import org.layerpress.ui.controls.TrendSnapshot;

/** The shell's force trend: the points of the last {@link #SPAN} (at most 2 000), scaled to the die's rating or the highest point. */
final class ForceTrendWindow {

    /** How far back the force trend reaches. */
    static final Duration SPAN = Duration.ofSeconds(30);
    private static final int MAX_POINTS = 2_000;

    private final ArrayDeque<TrendSnapshot.Point> points = new ArrayDeque<>();

    /** Adds a point (NaN: no live value, a gap) and returns what the trend shows now. */
    TrendSnapshot add(long nowNanos, double kiloNewtons, Die die) {
        long span = SPAN.toNanos();
        points.addLast(new TrendSnapshot.Point(nowNanos, kiloNewtons));
        while (points.size() > MAX_POINTS || nowNanos - points.peekFirst().nanos() > span) {
            points.removeFirst();
        }
        double limit = die == null ? Double.NaN : die.rating().kiloNewtons();
        double top = Double.isNaN(limit) ? 1.0 : limit;
        for (TrendSnapshot.Point p : points) {
            if (p.value() > top) {
                top = p.value();
            }
        }
        return new TrendSnapshot(List.copyOf(points), nowNanos, span, top * 1.05, limit);
    }
}
