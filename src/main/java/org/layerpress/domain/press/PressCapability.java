package org.layerpress.domain.press;

/** What a press can do; a recipe may only ask for what the press has. */
public enum PressCapability {
    AUTOMATIC_RAMP_HOLD("automaticRampHold"),
    HEATED_PLATENS("heatedPlatens"),
    ISOSTATIC_VESSEL("isostaticVessel"),
    MANUAL_PUMP("manualPump");

    private final String key;

    PressCapability(String key) {
        this.key = key;
    }

    /** The name used in plc-mapping YAML files. */
    public String key() {
        return key;
    }
}
