package org.layerpress.ui.recipe;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.layerpress.application.recipes.RecipeDiff;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.domain.recipe.AtmosphereLimits;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.domain.recipe.RecipeStep.LoadLayer;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.recipe.Violation;
import org.layerpress.ui.controls.DisplayNumbers;

/**
 * What the recipe editor says, in words: a stepper's value, the selected step's heading and note,
 * the unsaved changes, the validator's count, and the editor's notices. Kept apart so the editor's
 * view model holds the editing, not the sentences.
 */
final class RecipeEditorWords {

    private RecipeEditorWords() {
    }

    /** "360 MPa", "120 s", "60 mg" */
    static String value(StepField f, double v) {
        return DisplayNumbers.plain(v) + " " + f.unit();
    }

    /** "Step 5 · PRESS · Press the electrolyte" ({@code i} counts from 0) */
    static String heading(int i, RecipeStep step) {
        return "Step " + (i + 1) + " · " + RecipeWords.kind(step) + " · " + step.title();
    }

    /** Below the steppers: nothing for a PRESS step, the layer for a LOAD_LAYER step, the glovebox limits for a CHECK, else why there is nothing to set. */
    static String note(RecipeStep step) {
        if (step instanceof Press) {
            return "";
        }
        if (step instanceof Check c) {
            return c.atmosphere().map(a -> "Glovebox limits from this step on: " + a.describe()
                    + ". CHECK, LOAD LAYER and PRESS wait while a level is above them or cannot be read.")
                    .orElse("No glovebox limits: the batch is not held on the measured atmosphere from this step (the checklist stays a person's tick).");
        }
        return step instanceof LoadLayer l
                ? "Layer '" + l.layerName() + "' of " + l.material() + (l.secondPersonCheck() ? "; a second person checks the weighing." : ".")
                : "Nothing to set on a " + RecipeWords.kind(step) + " step here: " + RecipeWords.settings(step);
    }

    /** "No unsaved changes.", or "Unsaved: " and each change as field before → after. */
    static String unsaved(List<RecipeDiff.Change> diff) {
        return diff.isEmpty() ? "No unsaved changes." : "Unsaved: " + diff.stream()
                .map(c -> RecipeDiffViewModel.readableKey(c.key()) + " " + RecipeDiffViewModel.shown(c.before()) + " → " + RecipeDiffViewModel.shown(c.after()))
                .collect(Collectors.joining(" · "));
    }

    /** "The recipe passes every check.", or how many problems keep it from being submitted. */
    static String problems(List<Violation> violations) {
        return violations.isEmpty() ? "The recipe passes every check."
                : violations.size() + (violations.size() == 1 ? " problem" : " problems") + " in the recipe: it cannot be submitted like this.";
    }

    /** Why a version other than a DRAFT opens read-only. */
    static String notEditable(RecipeVersion v) {
        return v.label() + " is " + RecipeWords.status(v.status()) + ": only a DRAFT can be edited"
                + (v.status().locked() ? " (make a new version to change it)." : ".");
    }

    /** "A target cannot be negative." */
    static String negative(StepField field) {
        return "A " + field.caption().toLowerCase(Locale.ROOT) + " cannot be negative.";
    }

    /** "Max O2 must be above 0 and at most 1000 ppm (a glovebox analyser's range): 1500 ppm was not taken." */
    static String limitOutOfRange(StepField field, double v) {
        return field.caption() + " must be above 0 and at most " + DisplayNumbers.plain(AtmosphereLimits.MAX_PPM) + " " + field.unit()
                + " (a glovebox analyser's range): " + DisplayNumbers.plain(v) + " " + field.unit() + " was not taken.";
    }

    /** "Saved v2: 3 changes (Protect the die)." */
    static String saved(RecipeVersion saved, int changes, String why) {
        return "Saved " + saved.label() + ": " + changes + (changes == 1 ? " change" : " changes") + " (" + why + ").";
    }
}
