package org.layerpress.domain.batch;

/**
 * Automatic quality flags of a batch record, computed from the record and explained in words.
 * Trace signatures after docs/press-domain.md#what-a-trace-can-reveal.
 */
public enum FlagKind {
    OVER_PRESSURE("Over-pressure"),
    UNDER_PRESSURE("Under-pressure during hold"),
    HOLD_DECAY_LEAK("Hold decay (leak)"),
    HOLD_DECAY_CREEP("Hold decay (creep)"),
    RAMP_DEVIATION("Ramp deviation"),
    SPRINGBACK("Springback"),
    MASS_OUT_OF_TOLERANCE("Mass out of tolerance"),
    STEP_REPEATED("Step repeated after a hold"),
    LINK_GAP("Link gap during a press"),
    PLATEN_TEMPERATURE_OUT_OF_BAND("Platen temperature out of band during hold"),
    HOLD_SHORT("Hold shorter than the recipe"),
    GAUGE_START_BELOW_BAND("Gauge below the band at the hold's start"),
    LOW_RELATIVE_DENSITY("Relative density below target"),
    VESSEL_PRESSURE_BELOW_BAND("Vessel pressure below band during hold"),
    VESSEL_PRESSURE_ABOVE_BAND("Vessel pressure above band while pressurising"),
    DEPRESSURISED_TOO_FAST("Vessel vented faster than the recipe allows"),
    LID_UNLOCKED_UNDER_PRESSURE("Vessel lid unlocked under pressure"),
    VESSEL_TEMPERATURE_OUT_OF_BAND("Vessel medium temperature out of band during hold"),
    ATMOSPHERE_EXCURSION("Glovebox atmosphere above the recipe's limit");

    private final String label;

    FlagKind(String label) {
        this.label = label;
    }

    /** The flag's name as screens and reports print it. */
    public String label() {
        return label;
    }
}
