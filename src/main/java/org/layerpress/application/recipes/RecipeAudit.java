package org.layerpress.application.recipes;

import org.layerpress.domain.InputLimits;

/** Audit words for recipes (Sepasoft-style change log: who, when, previous value, reason). */
final class RecipeAudit {

    static final String ENTITY = "recipe";
    static final String CREATED = "RECIPE_CREATED";
    static final String EDITED = "RECIPE_EDITED";
    static final String NEW_VERSION = "RECIPE_NEW_VERSION";
    static final String IMPORTED = "RECIPE_IMPORTED";
    static final String SUBMITTED = "RECIPE_SUBMITTED";
    static final String APPROVED = "RECIPE_APPROVED";
    static final String REJECTED = "RECIPE_REJECTED";
    static final String RETIRED = "RECIPE_RETIRED";
    /** An APPROVED version retired because a newer version of the same recipe was approved. */
    static final String SUPERSEDED = "RECIPE_SUPERSEDED";

    private RecipeAudit() {
    }

    static String requireReason(String reason) {
        String why = InputLimits.REASON.accept(reason);
        if (why.length() < 3) {
            throw new IllegalArgumentException("give a reason for this change");
        }
        return why;
    }
}
