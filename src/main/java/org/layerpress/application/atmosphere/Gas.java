package org.layerpress.application.atmosphere;

/** The two gases an argon glovebox's purifier keeps low. */
public enum Gas {
    O2("O2", "o2Ppm"),
    H2O("H2O", "h2oPpm");

    private final String label;
    private final String key;

    Gas(String label, String key) {
        this.label = label;
        this.key = key;
    }

    /** How a person reads it ("O2"). */
    public String label() {
        return label;
    }

    /** Its name in mappings, recipes and event values ({@code o2Ppm}). */
    public String key() {
        return key;
    }
}
