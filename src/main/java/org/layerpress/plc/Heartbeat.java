package org.layerpress.plc;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.layerpress.application.mapping.OpcType;
import org.layerpress.application.mapping.SignalSpec;
import org.layerpress.opcua.OpcTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the PLC the HMI is alive (docs/plc-interface.md, section 4). The first beat of every new
 * session is written before anything is subscribed and waited for, so the PLC's watchdog is fresh
 * before the HMI looks at {@code ready}; then a beat every second. Each beat is a new value: the
 * node's current value + 1 on the first beat (so even a restarted HMI changes it), wrapping inside
 * the node type (a Boolean toggles) instead of sticking at the maximum. Periodic writes are
 * asynchronous and failures only logged, so a dead link never stalls or kills the timer thread.
 *
 * <p>It remembers when the first beat of the current session was acknowledged Good, which is where
 * "the PLC has seen the HMI" starts ({@link HmiSeenGate}), and can withhold beats for the
 * conformance check's watchdog clause.
 */
final class Heartbeat implements SessionHooks {

    static final long PERIOD_MILLIS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    /** Told (on the link or a Milo thread) of every beat of the current session acknowledged Good; quick, never blocking. */
    interface AckListener {
        void acknowledged(PlcConnection connection, long nanos);
    }

    private final SignalSpec spec;
    private final ReconnectLoop link;
    private final ScheduledExecutorService timer;
    private final AtomicLong counter = new AtomicLong();
    private final List<AckListener> ackListeners = new CopyOnWriteArrayList<>();
    private volatile String lastProblem = "";
    private volatile boolean withheld;
    private volatile long firstAckNanos;
    private volatile long lastAckNanos;
    private ScheduledFuture<?> task;
    private boolean started;

    Heartbeat(SignalSpec spec, ReconnectLoop link, ScheduledExecutorService timer) {
        this.spec = spec;
        this.link = link;
        this.timer = timer;
    }

    void addAckListener(AckListener listener) {
        ackListeners.add(listener);
    }

    synchronized void start() {
        if (!started) {
            started = true;
            schedule();
        }
    }

    synchronized void stop() {
        started = false;
        if (task != null) {
            task.cancel(false);
        }
    }

    private synchronized void schedule() {
        if (task != null) {
            task.cancel(false);
        }
        if (started) {
            task = timer.scheduleAtFixedRate(this::beatSafely, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** First write of a new session, synchronous: the node's value + 1, then beats every second from now. */
    @Override
    public void opening(PlcConnection c) {
        firstAckNanos = 0;
        lastAckNanos = 0;
        if (withheld) {
            return;
        }
        try {
            DataValue current = c.client().readValue(0, TimestampsToReturn.Neither, c.nodeId(spec));
            double raw = OpcTypes.toRaw(current.value() == null ? null : current.value().value());
            if (!Double.isNaN(raw)) {
                counter.set((long) raw);
            }
        } catch (UaException e) {
            LOG.debug("heartbeat: could not read the node's value first ({}), counting on", StatusText.describe(e));
        }
        Variant value = OpcTypes.toVariant(spec.type(), wrap(spec.type(), counter.incrementAndGet()));
        try {
            StatusCode status = c.client().writeValues(List.of(c.nodeId(spec)), List.of(DataValue.valueOnly(value))).get(0);
            if (status.isGood()) {
                acknowledged(c);
            } else {
                problem("first heartbeat refused by PLC: " + StatusText.describe(status));
            }
        } catch (UaException e) {
            problem("first heartbeat write failed: " + StatusText.describe(e));
        }
        schedule();
    }

    @Override
    public void ended(PlcConnection connection) {
        firstAckNanos = 0;
        lastAckNanos = 0;
    }

    /** Stops (true) or resumes beating; resuming beats at once (conformance check only). */
    void withhold(boolean stop) {
        withheld = stop;
        if (!stop) {
            timer.execute(this::beatSafely);
            schedule();
        }
    }

    /** {@link System#nanoTime()} of this session's first acknowledged beat, 0 if none yet. */
    long firstAcknowledgedNanos() {
        return firstAckNanos;
    }

    /** {@link System#nanoTime()} of the last acknowledged beat of this session, 0 if none yet. */
    long lastAcknowledgedNanos() {
        return lastAckNanos;
    }

    /** The value the next beat writes, wrapped to the node type (Boolean toggles). */
    static double wrap(OpcType type, long count) {
        return switch (type) {
            case BOOLEAN -> Math.floorMod(count, 2);
            case FLOAT, DOUBLE -> count % 1_000_000;
            default -> count % ((long) type.max() + 1);
        };
    }

    private void acknowledged(PlcConnection c) {
        long now = System.nanoTime();
        lastAckNanos = now;
        lastProblem = "";
        if (firstAckNanos == 0) {
            firstAckNanos = now;
        }
        for (AckListener l : ackListeners) {
            l.acknowledged(c, now);
        }
    }

    private void beatSafely() {
        try {
            beat();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: keep beating whatever happens.
            problem("heartbeat failed: " + e);
        }
    }

    private void beat() {
        if (withheld) {
            return;
        }
        link.current().ifPresent(c -> {
            double raw = wrap(spec.type(), counter.incrementAndGet());
            Variant value = OpcTypes.toVariant(spec.type(), raw);
            c.client().writeValuesAsync(List.of(c.nodeId(spec)), List.of(DataValue.valueOnly(value)))
                    .whenComplete((results, e) -> {
                        if (e != null) {
                            problem("heartbeat write failed: " + StatusText.describe(e));
                        } else if (!results.get(0).isGood()) {
                            problem("heartbeat write refused by PLC: " + StatusText.describe(results.get(0)));
                        } else if (link.current().map(now -> now == c).orElse(false)) {
                            acknowledged(c);
                        }
                    });
        });
    }

    private void problem(String text) {
        if (!text.equals(lastProblem)) {
            LOG.warn(text);
            lastProblem = text;
        }
    }
}
