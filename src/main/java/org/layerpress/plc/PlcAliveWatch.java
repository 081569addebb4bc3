package org.layerpress.plc;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.layerpress.application.mapping.SignalSpec;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices a PLC that has stopped scanning although its OPC UA server still answers
 * (docs/plc-interface.md, section 4): when {@code plcAlive} has not changed for longer than the
 * mapping's {@code timeoutMs}, the link is reported LOST in words ("PLC stopped answering: plcAlive
 * did not advance for 500 ms"), so values on screen turn stale and a running press step is held at
 * once, long before OPC UA's keep-alive would notice (it never does while the server answers). When
 * the counter moves again the link is CONNECTED again.
 *
 * <p>Silence is found by the passage of time on the adapter's timer, every {@link #CHECK_MILLIS} ms,
 * never by waiting for the next notification: a PLC whose whole process has stopped sends none.
 * Before declaring silence it reads {@code plcAlive} once more, so a late publish (a busy HMI, a GC
 * pause) is not taken for a silent PLC; that read gets {@link #CONFIRM_MILLIS} ms and no more, since a
 * stopped PLC never answers it and the request timeout (seconds) would let the PLC's own watchdog
 * fire first. Worst case from the last change seen to LOST: timeout + check period + confirm time.
 * Samples arrive on Milo's thread; both only touch this object's state under its lock.
 */
final class PlcAliveWatch implements SessionHooks {

    static final long CHECK_MILLIS = 50;
    /** How long the last read before declaring silence may take; a live PLC answers in a few ms. */
    static final long CONFIRM_MILLIS = 150;
    private static final Logger LOG = LoggerFactory.getLogger(PlcAliveWatch.class);

    private final SignalSpec spec;
    private final long timeoutNanos;
    private final ReconnectLoop link;
    private final LinkStatusBoard board;
    private final Runnable onSilence;
    private PlcConnection session;
    private String connectedDetail = "";
    private double lastValue = Double.NaN;
    private long lastChangeNanos;
    private boolean silent;
    private boolean confirming;
    private ScheduledFuture<?> task;

    /**
     * @param onSilence also told when the PLC falls silent (the "PLC has seen the HMI" gate starts over)
     */
    PlcAliveWatch(SignalSpec spec, int timeoutMillis, ReconnectLoop link, LinkStatusBoard board, Runnable onSilence) {
        this.spec = spec;
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        this.link = link;
        this.board = board;
        this.onSilence = onSilence;
    }

    /** Starts the periodic check on the timer. */
    synchronized void start(ScheduledExecutorService timer) {
        if (task == null) {
            task = timer.scheduleWithFixedDelay(this::checkSafely, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** The words of the LOST status while the PLC is silent. */
    String silenceWords() {
        return String.format(Locale.ROOT, "PLC stopped answering: %s did not advance for %d ms; values on screen are stale",
                spec.signal().key(), TimeUnit.NANOSECONDS.toMillis(timeoutNanos));
    }

    @Override
    public synchronized void up(PlcConnection connection) {
        session = connection;
        lastValue = Double.NaN;
        lastChangeNanos = System.nanoTime();
        silent = false;
        confirming = false;
        connectedDetail = "";
    }

    @Override
    public synchronized void ended(PlcConnection connection) {
        session = null;
        silent = false;
    }

    /** Every sample: a change of plcAlive is a sign of life. */
    void accept(PressSample sample) {
        if (sample.signal() == StandardSignal.PLC_ALIVE && sample.good()) {
            alive(sample.value());
        }
    }

    private void alive(double value) {
        PlcConnection c;
        String restore;
        synchronized (this) {
            if (session == null || value == lastValue) {
                return;
            }
            lastValue = value;
            lastChangeNanos = System.nanoTime();
            if (!silent) {
                return;
            }
            silent = false;
            c = session;
            restore = connectedDetail;
        }
        LOG.info("plcAlive moves again");
        board.publishIf(() -> link.current().map(now -> now == c).orElse(false), LinkState.CONNECTED, restore);
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again.
            LOG.warn("plcAlive check failed: {}", e.toString());
        }
    }

    private void check() {
        PlcConnection c;
        synchronized (this) {
            if (session == null || silent || confirming || System.nanoTime() - lastChangeNanos <= timeoutNanos) {
                return;
            }
            confirming = true;
            c = session;
        }
        c.client().readValuesAsync(0, TimestampsToReturn.Neither, List.of(c.nodeId(spec))).toCompletableFuture()
                .orTimeout(CONFIRM_MILLIS, TimeUnit.MILLISECONDS).whenComplete((values, e) -> {
            if (e == null) {
                DataValue v = values.get(0);
                SampleCheck.Checked checked = SampleCheck.check(spec, v);
                if (checked.good()) {
                    alive(checked.value());
                }
            }
            confirmSilence(c);
        });
    }

    private void confirmSilence(PlcConnection c) {
        synchronized (this) {
            confirming = false;
            if (session != c || silent || System.nanoTime() - lastChangeNanos <= timeoutNanos) {
                return;
            }
            silent = true;
        }
        String words = silenceWords();
        boolean published = board.publishIf(() -> {
            boolean current = link.current().map(now -> now == c).orElse(false);
            if (current && board.current().state() == LinkState.CONNECTED) {
                synchronized (this) {
                    connectedDetail = board.current().detail();
                }
                return true;
            }
            return false;
        }, LinkState.LOST, words);
        if (published) {
            onSilence.run();
        }
    }
}
