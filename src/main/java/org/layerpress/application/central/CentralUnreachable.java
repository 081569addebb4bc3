package org.layerpress.application.central;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words a person reads when a screen's step needs the central database and cannot reach it: short, since they
 * stand in a dialog beside the PIN pad; the driver's own text (host, port, the server's reply) goes to the log.
 */
public final class CentralUnreachable {

    private static final Logger LOG = LoggerFactory.getLogger(CentralUnreachable.class);

    private CentralUnreachable() {
    }

    /** Logs {@code cause} and returns the refusal in words for {@code what} (e.g. "publishing Bilayer v2"). */
    public static IllegalStateException refusal(String what, RuntimeException cause) {
        LOG.warn("{}: the central database cannot be reached or written", what, cause);
        return new IllegalStateException("the central database cannot be reached now; try again once it is back");
    }
}
