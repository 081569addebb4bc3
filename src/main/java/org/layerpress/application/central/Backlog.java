package org.layerpress.application.central;

import java.time.Duration;
import java.util.Optional;

/**
 * Rows recorded on the station and not yet known to be in the central database.
 *
 * @param forwarding false on a station that does not forward at all
 * @param waiting rows waiting to be sent
 * @param oldest how long the oldest waiting row has waited, by the station's clock (for people only)
 * @param problem why the last attempt failed, e.g. "connection refused"; empty when it succeeded
 */
public record Backlog(boolean forwarding, long waiting, Optional<Duration> oldest, Optional<String> problem) {

    public static final Backlog NOT_FORWARDING = new Backlog(false, 0, Optional.empty(), Optional.empty());

    /** The backlog in words for the top bar: "records waiting to send: 1 240, oldest 12 min". */
    public String words() {
        if (!forwarding) {
            return "";
        }
        String prefix = problem.isPresent() ? "central store unreachable; " : "";
        if (waiting == 0) {
            return problem.isPresent() ? "central store unreachable" : "all records sent to central";
        }
        String count = String.format("%,d", waiting).replace(',', ' ');
        return prefix + "records waiting to send: " + count + oldest.map(d -> ", oldest " + age(d)).orElse("");
    }

    private static String age(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 1) {
            return "under 1 min";
        }
        if (minutes < 120) {
            return minutes + " min";
        }
        long hours = d.toHours();
        return hours < 48 ? hours + " h" : d.toDays() + " days";
    }
}
