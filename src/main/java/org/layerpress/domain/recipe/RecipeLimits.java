package org.layerpress.domain.recipe;

import java.util.ArrayList;
import java.util.List;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.InputLimits.TextLimit;

/**
 * The input limits of a recipe's texts and counts ({@link InputLimits}), checked on every definition
 * before it is stored, whether it came from a file or from the editor. Unlike the
 * {@link RecipeValidator} this holds for drafts too: a draft may be physically wrong while it is
 * edited, never over a limit.
 */
public final class RecipeLimits {

    /** The rule name of every violation found here. */
    public static final String RULE = "input-limit";

    private RecipeLimits() {
    }

    public static List<Violation> check(RecipeDefinition r) {
        List<Violation> out = new ArrayList<>();
        text(0, r.name(), InputLimits.RECIPE_NAME, out);
        text(0, r.purpose(), InputLimits.RECIPE_PURPOSE, out);
        text(0, r.press().model(), InputLimits.PRESS_MODEL, out);
        if (r.steps().size() > InputLimits.RECIPE_STEPS_MAX) {
            out.add(new Violation(0, RULE, InputLimits.tooMany("steps", InputLimits.RECIPE_STEPS_MAX, r.steps().size())));
            return out;
        }
        for (int i = 0; i < r.steps().size(); i++) {
            int n = i + 1;
            RecipeStep step = r.steps().get(i);
            text(n, step.title(), InputLimits.STEP_TITLE, out);
            if (step instanceof RecipeStep.Check c) {
                items(n, c.items(), out);
            } else if (step instanceof RecipeStep.Inspect in) {
                items(n, in.questions(), out);
            } else if (step instanceof RecipeStep.LoadLayer l) {
                text(n, l.layerName(), InputLimits.LAYER_NAME, out);
                text(n, l.material(), InputLimits.MATERIAL, out);
            }
        }
        return out;
    }

    private static void items(int step, List<String> items, List<Violation> out) {
        if (items.size() > InputLimits.STEP_ITEMS_MAX) {
            out.add(new Violation(step, RULE, InputLimits.tooMany("entries", InputLimits.STEP_ITEMS_MAX, items.size())));
            return;
        }
        items.forEach(item -> text(step, item, InputLimits.CHECK_ITEM, out));
    }

    private static void text(int step, String value, TextLimit limit, List<Violation> out) {
        limit.refusal(value).ifPresent(message -> out.add(new Violation(step, RULE, message)));
    }
}
