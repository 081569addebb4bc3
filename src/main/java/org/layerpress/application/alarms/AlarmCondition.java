package org.layerpress.application.alarms;

import java.util.Objects;
import org.layerpress.application.batch.AlarmPriority;

/**
 * One abnormal condition the station can be in, named by a stable key. New conditions (a glovebox
 * atmosphere, a balance) need only a new key: the manager knows none of them by name.
 *
 * @param key stable, upper case with digits, {@code _}, {@code /} and {@code -} (e.g. {@code LINK_LOST}, {@code BATCH/B-7/A2}); at most 64 characters
 * @param message what is wrong, in words an operator acts on
 */
public record AlarmCondition(String key, AlarmPriority priority, String message) {

    public static final int KEY_MAX_CHARS = 64;
    public static final int MESSAGE_MAX_CHARS = 400;

    public AlarmCondition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(priority, "priority");
        if (!key.matches("[A-Z0-9_/-]{1," + KEY_MAX_CHARS + "}")) {
            throw new IllegalArgumentException("an alarm key is 1 to " + KEY_MAX_CHARS + " of A-Z, 0-9, _, / and -: '" + key + "'");
        }
        message = message == null ? "" : message.strip();
        if (message.isEmpty()) {
            throw new IllegalArgumentException("the alarm " + key + " needs a message in words");
        }
        if (message.length() > MESSAGE_MAX_CHARS) {
            message = message.substring(0, MESSAGE_MAX_CHARS - 1) + "…";
        }
    }
}
