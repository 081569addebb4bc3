package org.layerpress.ui.recipe;

import java.util.List;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.recipe.RecipeDetailViewModel.Action;

/**
 * The words of the signed recipe steps (submit, approve, reject, retire): what the signature dialog
 * asks and offers for each, and what the detail screen says once it is signed. Kept apart so the
 * detail's view model holds the calls, not the texts.
 */
final class RecipeSigning {

    static final List<String> SUBMIT_REASONS = List.of("Ready for review", "Changes as discussed", ReasonEntry.OTHER);
    static final List<String> APPROVE_REASONS = List.of("Forces checked against die and press", "Matches the published protocol",
            "Changes reviewed", ReasonEntry.OTHER);
    static final List<String> REJECT_REASONS = List.of("Force too close to the die rating", "Masses need checking",
            "Steps in the wrong order", ReasonEntry.OTHER);
    static final List<String> RETIRE_REASONS = List.of("Replaced by a newer version", "Protocol withdrawn",
            "Die type no longer used", ReasonEntry.OTHER);

    private RecipeSigning() {
    }

    /** What the signature dialog asks for {@code action} on the version labelled {@code label}. */
    static SigningRequest request(Action action, String label) {
        return switch (action) {
            case SUBMIT -> new SigningRequest(action, "Submit " + label + " for review",
                    "You sign as its author (Authored): the recipe is complete and correct to the best of your knowledge. "
                            + "Another Supervisor must approve it.", SUBMIT_REASONS, false, "Sign and submit");
            case APPROVE -> new SigningRequest(action, "Approve " + label,
                    "You sign as Approved: this version may be run, and it locks for good. A change will need a new version. "
                            + "The version approved before it, if any, is retired.",
                    APPROVE_REASONS, false, "Sign and approve");
            case REJECT -> new SigningRequest(action, "Reject " + label,
                    "You sign as Rejected: the version goes back to DRAFT for its author. Say why.", REJECT_REASONS, true, "Sign and reject");
            case RETIRE -> new SigningRequest(action, "Retire " + label,
                    "You sign the retirement: it can no longer be run. Batches already made keep their copy. Say why.",
                    RETIRE_REASONS, true, "Sign and retire");
            default -> throw new IllegalArgumentException(action + " is not a signing action");
        };
    }

    /** "v2 is IN REVIEW: another Supervisor approves it.": the version after {@code action} was signed. */
    static String done(Action action, RecipeVersion v) {
        return switch (action) {
            case SUBMIT -> v.label() + " is IN REVIEW: another Supervisor approves it.";
            case APPROVE -> v.label() + " is APPROVED and locked: operators can run it.";
            case REJECT -> v.label() + " went back to DRAFT.";
            case RETIRE -> v.label() + " is RETIRED.";
            default -> v.label() + " is " + RecipeWords.status(v.status()) + ".";
        };
    }
}
