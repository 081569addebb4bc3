package org.layerpress.application.alarms;

import java.time.Instant;
import java.util.List;

/**
 * The append-only history of station alarm transitions (a store adapter; called inside the caller's
 * transaction). Rows are only ever added.
 */
public interface StationAlarmHistory {

    /** Adds the row; returns its id. */
    long append(StationAlarmEvent event);

    /** The rows at or after {@code from}, newest first, at most {@code limit}. */
    List<StationAlarmEvent> since(Instant from, int limit);
}
