package org.layerpress.application.recipes;

import java.util.List;
import java.util.stream.Collectors;
import org.layerpress.domain.recipe.Violation;

/** A recipe that fails validation where it must pass (submit, approve, import); lists every violation. */
public class RecipeInvalidException extends RuntimeException {

    private final List<Violation> violations;

    public RecipeInvalidException(String label, List<Violation> violations) {
        super(label + " is not valid: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
