package org.layerpress.domain.recipe;

/** The kinds of step a pressing recipe is made of (docs/architecture.md#the-process-model-isa-88-in-small). */
public enum StepKind {
    CHECK, SCAN, LOAD_LAYER, HEAT, PRESS, COOL, RELEASE, EJECT, INSPECT
}
