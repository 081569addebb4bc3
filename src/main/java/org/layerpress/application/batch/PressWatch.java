package org.layerpress.application.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.recipe.RecipeStep;

/**
 * What one press or release on the PLC is doing: its step, the latest force and position, and
 * the trace points seen so far — all of them, and those not yet committed. Written on the
 * adapter's thread, read on the worker and under the open batch's lock.
 */
final class PressWatch {

    final int step;
    /** A release (force falling to released), not a press (ramp, hold, step done). */
    final boolean release;
    /** The recipe's press step; null for a release. */
    final RecipeStep.Press press;
    private final List<TracePoint> points = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<TracePoint> unflushed = new ConcurrentLinkedQueue<>();
    /** The PLC has started on it (RUNNING seen, or STEP_DONE seen low): a STEP_DONE high after this is this step's. */
    volatile boolean armed;
    /** Ended (done, held, aborted or not taken): its samples are no longer wanted. */
    volatile boolean finished;
    volatile double force;
    volatile double position;

    /** @param force the force now, as the watch starts; {@code position} likewise */
    PressWatch(int step, boolean release, RecipeStep.Press press, double force, double position) {
        this.step = step;
        this.release = release;
        this.press = press;
        this.force = force;
        this.position = position;
    }

    /** On the adapter's thread: a trace point to keep and to commit with the next flush. */
    void record(TracePoint p) {
        points.add(p);
        unflushed.add(p);
    }

    /** Every point so far, in arrival order. */
    List<TracePoint> snapshot() {
        synchronized (points) {
            return new ArrayList<>(points);
        }
    }

    TracePoint lastPoint() {
        synchronized (points) {
            return points.isEmpty() ? null : points.get(points.size() - 1);
        }
    }

    /** Takes the points not yet committed, oldest first. */
    List<TracePoint> takeUnflushed() {
        List<TracePoint> batch = new ArrayList<>();
        for (TracePoint p; (p = unflushed.peek()) != null; ) {
            batch.add(p);
            unflushed.poll();
        }
        return batch;
    }

    /** Puts points whose commit failed back in front of any that arrived since, so nothing is lost and order is kept. */
    void putBack(List<TracePoint> failed) {
        ConcurrentLinkedQueue<TracePoint> rest = new ConcurrentLinkedQueue<>(failed);
        rest.addAll(unflushed);
        unflushed.clear();
        unflushed.addAll(rest);
    }
}
