package org.layerpress.plc;

/**
 * What parts of the adapter do when a session starts and ends, called by {@link ReconnectLoop} on its
 * link thread in this order: {@link #opening} (connected, nothing subscribed yet), {@link #up} (just
 * before CONNECTED is published), {@link #ended} (the session was lost or the link closed).
 */
interface SessionHooks {

    /** A new session, before anything is subscribed: the heartbeat's first write goes here. */
    default void opening(PlcConnection connection) {
    }

    /** Subscribed; the link is about to be reported CONNECTED. */
    default void up(PlcConnection connection) {
    }

    /** The session is gone (lost, or closed on purpose). */
    default void ended(PlcConnection connection) {
    }
}
