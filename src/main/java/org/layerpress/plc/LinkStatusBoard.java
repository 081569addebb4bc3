package org.layerpress.plc;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LinkStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current link status and the listeners told of each change. A status is published only when
 * its state or detail changes (a retry loop must not flood the screens), and nothing is published
 * after {@link LinkState#CLOSED}. Publications are serialized, listeners included.
 */
final class LinkStatusBoard {

    private static final Logger LOG = LoggerFactory.getLogger(LinkStatusBoard.class);

    private final List<Consumer<LinkStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile LinkStatus current;

    LinkStatusBoard(LinkStatus initial) {
        this.current = initial;
    }

    LinkStatus current() {
        return current;
    }

    void addListener(Consumer<LinkStatus> listener) {
        listeners.add(listener);
    }

    /** Sets and publishes a status; returns false when it was no change (or the link is closed). */
    boolean publish(LinkState state, String detail) {
        return publishIf(() -> true, state, detail);
    }

    /**
     * Publishes only if {@code condition} still holds, checked under the same lock that orders every
     * publication: the plcAlive watch uses it so its "PLC silent" and "PLC back" never overtake the
     * reconnect loop's "session lost". Listeners are told under the lock too, so they see the changes
     * in the order they happened (they must be quick, as every link listener must).
     */
    synchronized boolean publishIf(BooleanSupplier condition, LinkState state, String detail) {
        if (!condition.getAsBoolean()) {
            return false;
        }
        LinkStatus now = current;
        if (now.state() == LinkState.CLOSED || (now.state() == state && now.detail().equals(detail))) {
            return false;
        }
        LinkStatus next = LinkStatus.of(state, detail);
        current = next;
        if (state == LinkState.CONNECTED || state == LinkState.CLOSED || state == LinkState.CONNECTING) {
            LOG.info("PLC link {}: {}", state, detail);
        } else {
            LOG.warn("PLC link {}: {}", state, detail);
        }
        for (Consumer<LinkStatus> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.warn("link listener failed: {}", e.toString());
            }
        }
        return true;
    }
}
