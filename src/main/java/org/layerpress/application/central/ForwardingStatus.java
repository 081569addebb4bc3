package org.layerpress.application.central;

/** What the station's forwarder to the central database has still to send, for the top bar. */
public interface ForwardingStatus {

    /** The latest backlog the forwarder measured; never blocks (safe on the FX thread). */
    Backlog backlog();

    /** A station without {@code --central}: nothing is forwarded, and nothing is shown. */
    ForwardingStatus NONE = () -> Backlog.NOT_FORWARDING;
}
