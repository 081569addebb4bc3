package org.layerpress.application.users;

import java.time.Duration;

/** Station-wide settings an Admin sets. */
public interface SettingsStore {

    /** Idle time after which the session ends; 5 minutes until an Admin sets it. */
    Duration idleTimeout();

    void setIdleTimeout(Duration timeout);

    /** A setting kept as text, if set (e.g. {@code calibration.overdue}); its owner parses and validates it. */
    java.util.Optional<String> text(String key);

    void setText(String key, String value);
}
