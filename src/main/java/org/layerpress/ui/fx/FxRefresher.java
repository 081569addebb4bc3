package org.layerpress.ui.fx;

import java.time.Duration;
import java.util.Objects;

/**
 * Runs a task on the FX thread at a bounded rate: driven by the JavaFX pulse (at most 60 Hz), it runs
 * the task at most once per pulse and once per {@code interval} on average (due times keep their phase,
 * so a 60 Hz pulse gives a steady 10 Hz for 100 ms; after a stall it skips, it never catches up). Data never arrives by callbacks
 * here: the task polls lock-free state, so a flood of OPC UA samples cannot flood the FX thread.
 */
public final class FxRefresher {

    private final long intervalNanos;
    private final Runnable task;
    private final PulseTimer timer = new PulseTimer(this::tick);
    private long due;
    private boolean ranOnce;

    public FxRefresher(Duration interval, Runnable task) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("refresh interval must be positive, was " + interval);
        }
        this.intervalNanos = interval.toNanos();
        this.task = Objects.requireNonNull(task, "task");
    }

    /** Starts on the next pulse; call on the FX thread. */
    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /** One pulse at {@code nowNanos}: runs the task if it is due. Returns whether it ran. */
    boolean tick(long nowNanos) {
        if (ranOnce && nowNanos < due) {
            return false;
        }
        due = ranOnce && nowNanos - due < intervalNanos ? due + intervalNanos : nowNanos + intervalNanos;
        ranOnce = true;
        task.run();
        return true;
    }
}
