package org.layerpress.application.dies;

import java.time.Instant;
import java.util.List;

/**
 * Port: the central database's published dies as a publishing station writes them (the store adapter's
 * {@code CentralDies}). A central database that cannot be reached or written is an unchecked exception whose
 * message says so; nothing is published then.
 */
public interface DieCentral {

    /** Publishes every die of {@code dies} in one central transaction; returns them with their central numbers. */
    List<PublishedDie> publish(List<PublishedDie> dies, Instant now);
}
