package org.layerpress.application.recipes;

/** A signed step a person may take on a recipe version ({@link RecipeLifecycleUseCase}). */
public enum LifecycleAction {
    /** DRAFT → IN_REVIEW, signed as Authored. */
    SUBMIT,
    /** IN_REVIEW → APPROVED, by a Supervisor who did not write it; the version approved before it is retired. */
    APPROVE,
    /** IN_REVIEW → DRAFT, with a reason. */
    REJECT,
    /** APPROVED → RETIRED, with a reason. */
    RETIRE
}
