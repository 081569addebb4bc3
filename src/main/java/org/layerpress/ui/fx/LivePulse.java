package org.layerpress.ui.fx;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Paints live values on the first JavaFX pulse after they change, and everything else at a bounded
 * rate. Each pulse it reads a change counter (e.g. {@code LivePressState.changes()}, one volatile
 * load); when the counter moved it runs the live task (the big numbers, the status words), at most
 * once per pulse however many samples arrived. What does not change with every sample (trends, the
 * batch feed, blockers in words) runs as the slow task at its {@link FxRefresher} interval. Nothing
 * arrives by callback: a flood of samples costs the FX thread one task per frame, never one per sample.
 */
public final class LivePulse {

    private final LongSupplier changes;
    private final Runnable live;
    private final FxRefresher slow;
    private final PulseTimer timer = new PulseTimer(this::tick);
    private long seen;
    private boolean ranOnce;

    public LivePulse(LongSupplier changes, Runnable live, Duration slowInterval, Runnable slowTask) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.live = Objects.requireNonNull(live, "live");
        this.slow = new FxRefresher(slowInterval, slowTask);
    }

    /** Starts on the next pulse; call on the FX thread. */
    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /** One pulse at {@code nowNanos}: the live task if anything changed since the last pulse, then the slow one if due. Returns whether the live task ran. */
    boolean tick(long nowNanos) {
        long now = changes.getAsLong();
        boolean changed = !ranOnce || now != seen;
        if (changed) {
            seen = now;
            ranOnce = true;
            live.run();
        }
        slow.tick(nowNanos);
        return changed;
    }
}
