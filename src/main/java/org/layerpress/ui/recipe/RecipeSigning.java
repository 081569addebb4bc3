package org.layerpress.ui.recipe;

import java.util.List;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.recipe.RecipeDetailViewModel.Action;

/**
 * The words of the signed recipe steps (submit, approve, reject, retire, publish): what the signature dialog
 * asks and offers for each, and what the detail screen says once it is signed. Kept apart so the
 * detail's view model holds the calls, not the texts.
 */
final class RecipeSigning {

    static final List<String> SUBMIT_REASONS = List.of("Ready for review", "Changes as discussed", ReasonEntry.OTHER);
    static final List<String> APPROVE_REASONS = List.of("Forces checked against die and press", "Matches the published protocol",
            "Changes reviewed", ReasonEntry.OTHER);
    static final List<String> REJECT_REASONS = List.of("Force too close to the die rating", "Masses need checking",
            "Steps in the wrong order", ReasonEntry.OTHER);
    static final List<String> PUBLISH_REASONS = List.of("Release to every station", "Needed on another press", ReasonEntry.OTHER);
    static final List<String> RETIRE_REASONS = List.of("Replaced by a newer version", "Protocol withdrawn",
            "Die type no longer used", ReasonEntry.OTHER);

    private RecipeSigning() {
    }

    /** What the signature dialog asks for {@code action} on the version labelled {@code label}, in the reader's language. */
    static SigningRequest request(Action action, String label) {
        return switch (action) {
            case SUBMIT -> request(action, "submit", label, SUBMIT_REASONS, false);
            case APPROVE -> request(action, "approve", label, APPROVE_REASONS, false);
            case REJECT -> request(action, "reject", label, REJECT_REASONS, true);
            case RETIRE -> request(action, "retire", label, RETIRE_REASONS, true);
            case PUBLISH -> request(action, "publish", label, PUBLISH_REASONS, false);
            default -> throw new IllegalArgumentException(action + " is not a signing action");
        };
    }

    /** The words of {@code recipe.sign.<step>.title|meaning|button}; the reasons stay English presets (their tiles are translated). */
    private static SigningRequest request(Action action, String step, String label, List<String> reasons, boolean reasonRequired) {
        String key = "recipe.sign." + step + ".";
        return new SigningRequest(action, Words.format(key + "title", label), Words.get(key + "meaning"), reasons, reasonRequired,
                Words.get(key + "button"));
    }

    /** "v2 is IN REVIEW: another Supervisor approves it.": the version after {@code action} was signed. */
    static String done(Action action, RecipeVersion v) {
        return switch (action) {
            case SUBMIT -> Words.format("recipe.sign.submit.done", v.label());
            case APPROVE -> Words.format("recipe.sign.approve.done", v.label());
            case REJECT -> Words.format("recipe.sign.reject.done", v.label());
            case RETIRE -> Words.format("recipe.sign.retire.done", v.label());
            case PUBLISH -> Words.format("recipe.sign.publish.done", v.label());
            default -> Words.format("recipe.sign.done", v.label(), RecipeWords.status(v.status()));
        };
    }
}
