package org.layerpress.domain.recipe;

/**
 * The kinds of step a pressing recipe is made of (docs/architecture.md#the-process-model-isa-88-in-small).
 * LOAD_VESSEL, PRESSURISE and DEPRESSURISE are an isostatic vessel's (docs/plc-interface.md section 12).
 */
public enum StepKind {
    CHECK, SCAN, LOAD_LAYER, HEAT, PRESS, COOL, RELEASE, EJECT, INSPECT, LOAD_VESSEL, PRESSURISE, DEPRESSURISE
}
