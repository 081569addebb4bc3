package org.layerpress.domain.batch;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a batch record.
 *
 * @param sequence position within the batch, from 1 (given by the store)
 * @param step 1-based step number, 0 for the batch as a whole
 * @param actor login of the person, or "station" for what the HMI observed itself
 * @param values named values in text (units in the names: {@code mass.mg}, {@code pressure.MPa})
 */
public record BatchEvent(long sequence, String batchId, Instant at, BatchEventKind kind, int step, String actor,
                         Map<String, String> values) {

    public BatchEvent {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        values = Map.copyOf(values);
    }

    public String value(String key) {
        return values.getOrDefault(key, "");
    }
}
