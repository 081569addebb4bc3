package org.layerpress.plc;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;

/**
 * Knows whether the PLC has seen this session's HMI (docs/plc-interface.md, section 4): a heartbeat
 * acknowledged Good, then proof that the PLC scanned after it landed — {@code plcAlive} changing — or,
 * for a PLC without {@code plcAlive}, {@link #WITHOUT_PLC_ALIVE_MILLIS} ms. Until then {@code ready}
 * may still be the PLC's verdict on a stale heartbeat, so Start waits.
 *
 * <p>The first beat is written before the session's subscription is created, so the first
 * {@code plcAlive} value that session delivers was sampled after the beat landed; a different value
 * after it is a scan after the beat. A silent PLC (see {@link PlcAliveWatch}) re-arms the gate: the
 * PLC may have restarted and must see the HMI again.
 */
final class HmiSeenGate implements SessionHooks, Heartbeat.AckListener {

    static final long WITHOUT_PLC_ALIVE_MILLIS = 500;

    private final boolean hasPlcAlive;
    private final ScheduledExecutorService timer;
    private PlcConnection session;
    private boolean acknowledged;
    private Double baseline;
    private volatile boolean seen;

    HmiSeenGate(boolean hasPlcAlive, ScheduledExecutorService timer) {
        this.hasPlcAlive = hasPlcAlive;
        this.timer = timer;
    }

    boolean seen() {
        return seen;
    }

    @Override
    public synchronized void opening(PlcConnection connection) {
        session = connection;
        rearm();
    }

    @Override
    public synchronized void ended(PlcConnection connection) {
        session = null;
        rearm();
    }

    /** Forget what was seen: the next acknowledged beat starts over. */
    synchronized void rearm() {
        acknowledged = false;
        baseline = null;
        seen = false;
    }

    @Override
    public synchronized void acknowledged(PlcConnection connection, long nanos) {
        if (connection != session || acknowledged) {
            return;
        }
        acknowledged = true;
        if (!hasPlcAlive) {
            try {
                timer.schedule(() -> seenAfterWaiting(connection), WITHOUT_PLC_ALIVE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // closing
            }
        }
    }

    private synchronized void seenAfterWaiting(PlcConnection connection) {
        if (connection == session && acknowledged) {
            seen = true;
        }
    }

    /** Every sample; only good plcAlive values after an acknowledged beat count. */
    synchronized void accept(PressSample sample) {
        if (sample.signal() != StandardSignal.PLC_ALIVE || !sample.good() || !acknowledged || seen) {
            return;
        }
        if (baseline == null) {
            baseline = sample.value();
        } else if (sample.value() != baseline) {
            seen = true;
        }
    }
}
