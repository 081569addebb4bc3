package org.layerpress.plc;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LinkStatus;
import org.layerpress.application.press.PressLinkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one live {@link PlcConnection}, replacing Milo's own reconnect machinery (backoff up to
 * 16 s, subscriptions not recreated after a PLC restart; ADR 0002): when a session dies the client
 * is thrown away and a brand-new one is dialed every {@link #RETRY_MILLIS} ms on this loop's
 * single thread until it works, then every signal is subscribed again.
 *
 * <p>All link state changes happen on that one thread, in order: CONNECTING → (RECONNECTING while
 * attempts fail) → CONNECTED → LOST on session loss → RECONNECTING → CONNECTED …; CLOSED on close.
 */
final class ReconnectLoop implements AutoCloseable {

    /** Between attempts while the PLC is not there (a refused TCP connect costs ~1 ms). */
    static final long RETRY_MILLIS = 300;
    /** Between attempts that need a person first (trust, password): calm, but still automatic. */
    static final long RETRY_AFTER_FIX_MILLIS = 1_000;
    /** From a lost session to the first new attempt. */
    static final long FIRST_RETRY_MILLIS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(ReconnectLoop.class);

    private final ClientFactory factory;
    private final SignalSubscriptions subscriptions;
    private final LinkStatusBoard board;
    private final ScheduledExecutorService loop;
    private final List<SessionHooks> hooks = new CopyOnWriteArrayList<>();
    private volatile PlcConnection current;
    private volatile boolean closed;
    private boolean opened;
    private long lostAtNanos;

    ReconnectLoop(ClientFactory factory, SignalSubscriptions subscriptions, LinkStatusBoard board) {
        this.factory = factory;
        this.subscriptions = subscriptions;
        this.board = board;
        this.loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "plc-link");
            t.setDaemon(true);
            return t;
        });
    }

    /** Parts told of each session's start and end, in the order added (before {@link #open}). */
    void addSessionHooks(SessionHooks h) {
        hooks.add(h);
    }

    synchronized void open() {
        if (opened || closed) {
            return;
        }
        opened = true;
        board.publish(LinkState.CONNECTING, "connecting to " + factory.url());
        run(this::attempt, 0);
    }

    /** The live connection, if the link is up. */
    Optional<PlcConnection> current() {
        return Optional.ofNullable(current);
    }

    /** The live connection, or an exception saying why there is none (e.g. where an untrusted certificate went). */
    PlcConnection require(String action) throws PressLinkException {
        PlcConnection c = current;
        if (c == null) {
            LinkStatus status = board.current();
            throw new PressLinkException(action + ": not connected to the PLC (" + status.state()
                    + (status.detail().isEmpty() ? "" : ": " + status.detail()) + ")");
        }
        return c;
    }

    private void attempt() {
        if (closed || current != null) {
            return;
        }
        if (board.current().state() == LinkState.LOST) {
            board.publish(LinkState.RECONNECTING, "reconnecting to " + factory.url());
        }
        try {
            PlcConnection c = factory.connect(client -> run(() -> sessionLost(client, "lost"), 0));
            String partial;
            try {
                // The heartbeat's first write goes before any subscription (docs/plc-interface.md, section 4).
                hooks.forEach(h -> h.opening(c));
                partial = subscriptions.subscribe(c, why -> run(() -> sessionLost(c.client(), "lost: " + why), 0));
            } catch (LinkFailure f) {
                c.discard();
                throw f;
            }
            if (closed) {
                c.discardAndWait();
                return;
            }
            current = c;
            hooks.forEach(h -> h.up(c));
            if (lostAtNanos != 0) {
                LOG.info("PLC link back {} ms after it was lost", (System.nanoTime() - lostAtNanos) / 1_000_000);
                lostAtNanos = 0;
            }
            board.publish(LinkState.CONNECTED, "connected to " + c.description() + (partial.isEmpty() ? "" : "; " + partial));
        } catch (LinkFailure f) {
            retryLater(f.getMessage(), f.retry() == LinkFailure.Retry.SOON ? RETRY_MILLIS : RETRY_AFTER_FIX_MILLIS);
        } catch (RuntimeException e) {
            LOG.error("unexpected failure while connecting to the PLC", e);
            retryLater("unexpected error while connecting: " + e, RETRY_AFTER_FIX_MILLIS);
        }
    }

    private void retryLater(String why, long delayMillis) {
        if (closed) {
            return;
        }
        board.publish(LinkState.RECONNECTING, why + " (retrying every " + String.format(java.util.Locale.ROOT, "%.1f", delayMillis / 1000.0) + " s)");
        run(this::attempt, delayMillis);
    }

    /**
     * @param why after "link to the PLC at URL": "lost", or "lost: no answer … for 1000 ms" when the
     *     subscription's watchdog found the server silent while its socket stays open
     */
    private void sessionLost(OpcUaClient client, String why) {
        PlcConnection c = current;
        if (closed || c == null || c.client() != client) {
            return; // a client already discarded, or one that never made it
        }
        current = null;
        hooks.forEach(h -> h.ended(c));
        lostAtNanos = System.nanoTime();
        board.publish(LinkState.LOST, "link to the PLC at " + factory.url() + " " + why + "; values on screen are stale");
        c.discard();
        run(this::attempt, FIRST_RETRY_MILLIS);
    }

    private void run(Runnable task, long delayMillis) {
        try {
            loop.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("link loop stopped, task dropped");
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        loop.shutdownNow();
        try {
            if (!loop.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("PLC link thread did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        PlcConnection c = current;
        current = null;
        if (c != null) {
            hooks.forEach(h -> h.ended(c));
            c.discardAndWait();
        }
        board.publish(LinkState.CLOSED, "closed");
    }
}
