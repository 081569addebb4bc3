package org.layerpress.ui.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeValidator;
import org.layerpress.domain.recipe.Violation;

/**
 * One step as the detail screen reads it.
 *
 * @param kind the step kind in words ("LOAD LAYER")
 * @param settings its parameters with units, one line
 * @param forces for a PRESS step: the forces it asks of die and press
 * @param violations what the validator says about this step, in words
 */
public record StepRow(int number, String kind, String title, String settings, Optional<PressForces> forces, List<String> violations) {

    public StepRow {
        violations = List.copyOf(violations);
    }

    /** Each step in words; PRESS steps with their forces; the validator's objections at their step. */
    static List<StepRow> of(RecipeDefinition d) {
        List<Violation> violations = RecipeValidator.validate(d);
        List<StepRow> out = new ArrayList<>();
        for (int i = 0; i < d.steps().size(); i++) {
            int n = i + 1;
            RecipeStep step = d.steps().get(i);
            Optional<PressForces> forces = step instanceof RecipeStep.Press p
                    ? Optional.of(PressForces.of(d.die(), d.press(), p)) : Optional.empty();
            out.add(new StepRow(n, RecipeWords.kind(step), step.title(), RecipeWords.settings(step), forces,
                    violations.stream().filter(x -> x.step() == n).map(ViolationWords::of).toList()));
        }
        return out;
    }

    /** "28.27 kN (2.88 t) at 360 MPa · 29.06 kN (2.96 t) at 370 MPa (target + band)", or "". */
    public String forcesText() {
        return forces.map(f -> f.targetText() + " · " + f.upperText()).orElse("");
    }

    /** "29.6 % of die rating 98.07 kN · 9.9 % of press capacity 294.20 kN", or "". */
    public String limitsText() {
        return forces.map(PressForces::limitsText).orElse("");
    }
}
