package org.layerpress.domain.recipe;

/**
 * One reason a recipe cannot leave DRAFT.
 *
 * @param step 1-based step number, 0 for the recipe as a whole
 * @param rule a stable name for the rule (tests and translations key on it)
 * @param message for a person: names the step and the limit that was hit
 */
public record Violation(int step, String rule, String message) {

    @Override
    public String toString() {
        return (step == 0 ? "recipe" : "step " + step) + ": " + message;
    }
}
