package org.layerpress.application.review;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.layerpress.domain.batch.StartedValues;

/**
 * The values of a record that can be amended, by step (0: the batch header from STARTED), and the
 * value each stands at after amendments. The frozen control recipe is not among them: a batch ran
 * the version it ran, and a different recipe is a different batch.
 */
public final class RecordedValues {

    private static final Set<String> FROZEN = Set.of(StartedValues.RECIPE_TEXT, StartedValues.RECIPE_HASH, StartedValues.RECIPE_VERSION_ID,
            StartedValues.RECIPE_LABEL);

    private RecordedValues() {
    }

    /** The values as the events recorded them; empty map for a step number the recipe does not have. */
    public static Map<String, String> of(BatchRecord record, int step) {
        if (step == 0) {
            Map<String, String> header = new java.util.TreeMap<>(record.events().get(0).values());
            header.keySet().removeAll(FROZEN);
            return header;
        }
        if (step < 0 || step > record.run().steps().size()) {
            return Map.of();
        }
        return record.run().step(step).values();
    }

    public static Optional<String> recorded(BatchRecord record, int step, String field) {
        return Optional.ofNullable(of(record, step).get(field));
    }

    /** The newest amendment's value, or the recorded one. */
    public static Optional<String> current(BatchRecord record, int step, String field) {
        Optional<String> latest = Optional.empty();
        for (Amendment a : record.amendments()) {
            if (a.step() == step && a.field().equals(field)) {
                latest = Optional.of(a.correctedValue());
            }
        }
        return latest.or(() -> recorded(record, step, field));
    }
}
