package org.layerpress.application.users;

import java.time.Instant;
import java.util.List;

/**
 * Port: the central database's published users as the user home writes them (the store adapter's
 * {@code CentralUsers}). A central database that cannot be reached or written is an unchecked exception whose
 * message says so; nothing is published then.
 */
public interface UserCentral {

    /** Publishes every person of {@code users} in one central transaction; returns them with their central numbers. */
    List<PublishedUser> publish(List<PublishedUser> users, Instant now);
}
