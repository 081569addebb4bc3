package org.layerpress.ui.records;

import java.util.List;
import org.layerpress.domain.batch.BatchEvent;

/**
 * The events of one batch in sequence order. {@code BatchRecord} carries the replayed state
 * ({@code BatchRun}), which keeps each step's last values only; the timeline needs every change with
 * who and when (Annex 11 §8), so the screens read the events too.
 */
@FunctionalInterface
public interface BatchEventSource {

    List<BatchEvent> events(String batchId);
}
