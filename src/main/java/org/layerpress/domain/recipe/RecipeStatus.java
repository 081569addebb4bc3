package org.layerpress.domain.recipe;

/**
 * A recipe version's lifecycle (ISA-88 master recipe): written as a DRAFT, submitted IN_REVIEW,
 * APPROVED by a second Supervisor (locked, immutable), finally RETIRED. Only APPROVED runs.
 */
public enum RecipeStatus {
    DRAFT, IN_REVIEW, APPROVED, RETIRED;

    public boolean locked() {
        return this == APPROVED || this == RETIRED;
    }
}
