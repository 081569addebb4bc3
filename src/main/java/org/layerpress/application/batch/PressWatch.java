package org.layerpress.application.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.recipe.RecipeStep;

/**
 * What one press or release on the PLC is doing: its step, the latest force and position, and
 * the trace points seen so far — all of them, and those not yet committed — with the gaps noted in
 * them. The trace comes from the PLC's buffered trace blocks when the press has one ({@link #blocks}),
 * else from the force and position samples. Written on the adapter's threads, read on the worker and
 * under the open batch's lock.
 */
final class PressWatch {

    final int step;
    /** A release (force falling to released), not a press (ramp, hold, step done). */
    final boolean release;
    /** The recipe's press step; null for a release. */
    final RecipeStep.Press press;
    /** The PLC's buffered trace for this step; null when the trace is recorded from the samples. */
    final BlockTrace blocks;
    /** The platens during the step, for a press step with a platen band (null otherwise). */
    final PlatenHold platens;
    /** A press step pumped by hand on a manual press: its hold as the HMI times it (null on an automatic press). */
    final ManualHold manual;
    /** A press step on a manual press with a gauge only: the readings typed in and the hold the HMI times (null otherwise). */
    final GaugeHold gauge;
    /** A PRESSURISE or DEPRESSURISE on an isostatic vessel: its own trace and hold (null for any other step). */
    final VesselRun vessel;
    private final List<TracePoint> points = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<TracePoint> unflushed = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<TraceGapNote> gaps = new ConcurrentLinkedQueue<>();
    /** The PLC has started on it (RUNNING seen, or STEP_DONE seen low): a STEP_DONE high after this is this step's. */
    volatile boolean armed;
    /** Ended (done, held, aborted or not taken): its samples are no longer wanted. */
    volatile boolean finished;
    volatile double force;
    volatile double position;

    /**
     * @param force the force now, as the watch starts; {@code position} likewise
     * @param blocks the step's buffered trace, or null to record the samples
     */
    PressWatch(int step, boolean release, RecipeStep.Press press, double force, double position, BlockTrace blocks) {
        this(step, release, press, force, position, blocks, null);
    }

    /** @param manual the hold the HMI times, for a press step pumped by hand */
    PressWatch(int step, boolean release, RecipeStep.Press press, double force, double position, BlockTrace blocks, ManualHold manual) {
        this(step, release, press, force, position, blocks, manual, (GaugeHold) null);
    }

    /** @param gauge the readings and hold of a press step read off a gauge */
    PressWatch(int step, boolean release, RecipeStep.Press press, double force, double position, BlockTrace blocks, ManualHold manual, GaugeHold gauge) {
        this(step, release, press, force, position, blocks, manual, gauge, null);
    }

    /** A vessel step: no force, no ram, no press step; its samples are the vessel's ({@link VesselRun}). */
    static PressWatch vessel(VesselRun vessel) {
        return new PressWatch(vessel.step, false, null, Double.NaN, Double.NaN, null, null, null, vessel);
    }

    private PressWatch(int step, boolean release, RecipeStep.Press press, double force, double position, BlockTrace blocks, ManualHold manual,
                       GaugeHold gauge, VesselRun vessel) {
        this.gauge = gauge;
        this.vessel = vessel;
        this.manual = manual;
        this.step = step;
        this.release = release;
        this.press = press;
        this.force = force;
        this.position = position;
        this.blocks = blocks;
        this.platens = press != null && press.platenBand().isPresent() ? new PlatenHold() : null;
    }

    boolean fromBlocks() {
        return blocks != null;
    }

    /** A trace point to keep and to commit with the next flush (adapter's thread, or the worker for blocks). */
    void record(TracePoint p) {
        points.add(p);
        unflushed.add(p);
    }

    /** A stretch that will never be in the trace, written with the next flush. */
    void noteGap(TraceGapNote gap) {
        gaps.add(gap);
    }

    /** On the worker, under the lock: the blocks that arrived become points and gaps (nothing for a sample-recorded step). */
    void collectBlocks() {
        if (blocks == null) {
            return;
        }
        List<TracePoint> in = new ArrayList<>();
        List<TraceGapNote> noted = new ArrayList<>();
        blocks.takeInto(step, lastPoint(), in, noted);
        in.forEach(this::record);
        gaps.addAll(noted);
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
        return take(unflushed);
    }

    /** Takes the gaps not yet written, oldest first. */
    List<TraceGapNote> takeGaps() {
        return take(gaps);
    }

    private static <T> List<T> take(ConcurrentLinkedQueue<T> queue) {
        List<T> out = new ArrayList<>();
        for (T item; (item = queue.poll()) != null; ) {
            out.add(item);
        }
        return out;
    }

    /** Puts points and gaps whose commit failed back in front of any that arrived since, so nothing is lost and order is kept. */
    void putBack(List<TracePoint> failed, List<TraceGapNote> failedGaps) {
        putBack(unflushed, failed);
        putBack(gaps, failedGaps);
    }

    private static <T> void putBack(ConcurrentLinkedQueue<T> queue, List<T> failed) {
        ConcurrentLinkedQueue<T> rest = new ConcurrentLinkedQueue<>(failed);
        rest.addAll(queue);
        queue.clear();
        queue.addAll(rest);
    }
}
