package org.layerpress.domain.recipe;

/** The kinds of step a pressing recipe is made of (DESIGN.md, "The process model"). */
public enum StepKind {
    CHECK, SCAN, LOAD_LAYER, PRESS, RELEASE, EJECT, INSPECT
}
