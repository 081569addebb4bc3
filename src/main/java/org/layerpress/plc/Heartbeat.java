package org.layerpress.plc;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.layerpress.application.mapping.OpcType;
import org.layerpress.application.mapping.SignalSpec;
import org.layerpress.opcua.OpcTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the PLC the HMI is alive: while connected, writes the heartbeat counter + 1 every second
 * (the PLC stops the press when it stops changing). The counter wraps inside its node type instead
 * of sticking at the maximum. Writes are asynchronous and failures are only logged, so a dead link
 * never stalls or kills the timer thread.
 */
final class Heartbeat {

    static final long PERIOD_MILLIS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    private final SignalSpec spec;
    private final ReconnectLoop link;
    private final ScheduledExecutorService timer;
    private final AtomicLong counter = new AtomicLong();
    private volatile String lastProblem = "";
    private ScheduledFuture<?> task;

    Heartbeat(SignalSpec spec, ReconnectLoop link, ScheduledExecutorService timer) {
        this.spec = spec;
        this.link = link;
        this.timer = timer;
    }

    synchronized void start() {
        if (task == null) {
            task = timer.scheduleAtFixedRate(this::beatSafely, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** The value the next beat writes, wrapped to the node type (Boolean toggles). */
    static double wrap(OpcType type, long count) {
        return switch (type) {
            case BOOLEAN -> count % 2;
            case FLOAT, DOUBLE -> count % 1_000_000;
            default -> count % ((long) type.max() + 1);
        };
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
        link.current().ifPresent(c -> {
            double raw = wrap(spec.type(), counter.incrementAndGet());
            Variant value = OpcTypes.toVariant(spec.type(), raw);
            c.client().writeValuesAsync(List.of(c.nodeId(spec)), List.of(DataValue.valueOnly(value)))
                    .whenComplete((results, e) -> {
                        if (e != null) {
                            problem("heartbeat write failed: " + StatusText.describe(e));
                        } else if (!results.get(0).isGood()) {
                            problem("heartbeat write refused by PLC: " + StatusText.describe(results.get(0)));
                        } else {
                            lastProblem = "";
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
