package org.layerpress.application.batch;

import java.util.Map;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.recipe.RecipeStep;

/**
 * One step of a running batch as read back from the record.
 *
 * @param number 1-based, as in the recipe and the events
 * @param values what was recorded for the step's latest attempt (mass, lot, setpoint, peak…)
 * @param attempts how often the step was activated (a repeated press step counts twice)
 */
public record StepRun(int number, RecipeStep step, StepState state, Map<String, String> values, int attempts) {

    public StepRun {
        values = Map.copyOf(values);
    }

    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    /** The press (or release) has been commanded and the PLC is working on it. */
    public boolean running() {
        return state == StepState.ACTIVE && !value(BatchRun.PHASE).isEmpty();
    }
}
