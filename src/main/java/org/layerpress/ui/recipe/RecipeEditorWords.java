package org.layerpress.ui.recipe;

import java.util.List;
import java.util.stream.Collectors;
import org.layerpress.application.recipes.RecipeDiff;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.domain.recipe.AtmosphereLimits;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.domain.recipe.RecipeStep.LoadLayer;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.recipe.Violation;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.Words;

/**
 * What the recipe editor says, in words: a stepper's value, the selected step's heading and note,
 * the unsaved changes, the validator's count, and the editor's notices. Kept apart so the editor's
 * view model holds the editing, not the sentences.
 */
final class RecipeEditorWords {

    private RecipeEditorWords() {
    }

    /** "360 MPa", "120 s", "60 mg" (the reader's decimal mark) */
    static String value(StepField f, double v) {
        return RecipeWords.plain(v) + " " + f.unit();
    }

    /** "Step 5 · PRESS · Press the electrolyte" ({@code i} counts from 0); the title as its author wrote it. */
    static String heading(int i, RecipeStep step) {
        return Words.format("recipe.editor.heading", i + 1, RecipeWords.kind(step), step.title());
    }

    /** Below the steppers: nothing for a PRESS step, the layer for a LOAD_LAYER step, the glovebox limits for a CHECK, else why there is nothing to set. */
    static String note(RecipeStep step) {
        if (step instanceof Press) {
            return "";
        }
        if (step instanceof Check c) {
            return c.atmosphere().map(a -> Words.format("recipe.editor.note.limits", RecipeWords.plain(a.maxO2Ppm()), RecipeWords.plain(a.maxH2oPpm())))
                    .orElse(Words.get("recipe.editor.note.noLimits"));
        }
        if (step instanceof LoadLayer l) {
            return Words.format(l.secondPersonCheck() ? "recipe.editor.note.layerChecked" : "recipe.editor.note.layer", l.layerName(), l.material());
        }
        String settings = RecipeWords.settings(step);
        // HEAT, SCAN, RELEASE … have no one-line settings: no dangling colon then.
        return settings.isEmpty() ? Words.format("recipe.editor.note.nothingHere", RecipeWords.kind(step))
                : Words.format("recipe.editor.note.nothing", RecipeWords.kind(step), settings);
    }

    /** "No unsaved changes.", or "Unsaved: " and each change as field before → after. */
    static String unsaved(List<RecipeDiff.Change> diff) {
        return diff.isEmpty() ? Words.get("recipe.editor.noChanges") : Words.format("recipe.editor.unsaved", diff.stream()
                .map(c -> RecipeDiffViewModel.readableKey(c.key()) + " " + RecipeDiffViewModel.shown(c.before()) + " → " + RecipeDiffViewModel.shown(c.after()))
                .collect(Collectors.joining(" · ")));
    }

    /** "The recipe passes every check.", or how many problems keep it from being submitted. */
    static String problems(List<Violation> violations) {
        return violations.isEmpty() ? Words.get("recipe.editor.valid") : Words.format("recipe.editor.invalid", violations.size());
    }

    /** Why a version other than a DRAFT opens read-only. */
    static String notEditable(RecipeVersion v) {
        return Words.format(v.status().locked() ? "recipe.editor.notEditableLocked" : "recipe.editor.notEditable", v.label(), RecipeWords.status(v.status()));
    }

    /** "A target cannot be negative." */
    static String negative(StepField field) {
        return Words.format("recipe.editor.negative", field.caption());
    }

    /** "Max O2 must be above 0 and at most 1000 ppm (a glovebox analyser's range): 1500 ppm was not taken." */
    static String limitOutOfRange(StepField field, double v) {
        return Words.format("recipe.editor.limitOutOfRange", field.caption(), RecipeWords.plain(AtmosphereLimits.MAX_PPM), field.unit(), RecipeWords.plain(v));
    }

    /** "Saved v2: 3 changes (Protect the die)."; a preset reason as its tile read (the audit trail keeps the English). */
    static String saved(RecipeVersion saved, int changes, String why) {
        return Words.format("recipe.editor.saved", saved.label(), changes, TapPicker.shown(why));
    }
}
