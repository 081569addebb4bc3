package org.layerpress.domain.recipe;

import java.util.List;
import java.util.Objects;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.press.PressProfile;

/**
 * What a recipe says, independent of its lifecycle: name, purpose, the die and press it targets,
 * and its ordered steps. Its canonical text is what signatures bind to.
 */
public record RecipeDefinition(String name, String purpose, DieSpec die, PressProfile press, List<RecipeStep> steps) {

    public RecipeDefinition {
        Objects.requireNonNull(name, "name");
        purpose = purpose == null ? "" : purpose;
        Objects.requireNonNull(die, "die");
        Objects.requireNonNull(press, "press");
        steps = List.copyOf(steps);
    }

    public RecipeDefinition withSteps(List<RecipeStep> newSteps) {
        return new RecipeDefinition(name, purpose, die, press, newSteps);
    }

    public RecipeDefinition withStep(int index, RecipeStep step) {
        java.util.ArrayList<RecipeStep> copy = new java.util.ArrayList<>(steps);
        copy.set(index, step);
        return withSteps(copy);
    }
}
