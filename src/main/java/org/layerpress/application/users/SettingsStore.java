package org.layerpress.application.users;

import java.time.Duration;

/** Station-wide settings an Admin sets. */
public interface SettingsStore {

    /** Idle time after which the session ends; 5 minutes until an Admin sets it. */
    Duration idleTimeout();

    void setIdleTimeout(Duration timeout);
}
