package org.layerpress.ui.recipe;

import java.util.List;

/**
 * What the signature dialog asks for one signing action.
 *
 * @param title e.g. "Approve LPSCl + LGPS bilayer, 10 mm v1"
 * @param meaning what the signature means, read before signing (21 CFR 11.50)
 * @param reasons preset comments to tap
 * @param reasonRequired whether a comment must be given (reject, retire)
 * @param signLabel the text of the button that signs
 * @param action the recipe action signed; null for a signature outside the recipe lifecycle (a QA batch decision)
 */
public record SigningRequest(RecipeDetailViewModel.Action action, String title, String meaning, List<String> reasons,
                             boolean reasonRequired, String signLabel) {

    public SigningRequest {
        reasons = List.copyOf(reasons);
    }

    /** A signing that is no recipe action (QA signs a batch record off with the same dialog). */
    public SigningRequest(String title, String meaning, List<String> reasons, boolean reasonRequired, String signLabel) {
        this(null, title, meaning, reasons, reasonRequired, signLabel);
    }
}
