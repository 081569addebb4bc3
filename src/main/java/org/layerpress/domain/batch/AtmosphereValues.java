package org.layerpress.domain.batch;

/**
 * The keys under which a step records the glovebox atmosphere (docs/batch-record-format.md#glovebox-atmosphere):
 * the box's name, each gas's level in ppm with its receive time, or {@value #MISSING} and the reason, and
 * the recipe's limits in force at that step. Shared by the batch engine that writes them and the words
 * that read them, so neither spells a key of its own.
 */
public final class AtmosphereValues {

    public static final String PREFIX = "atmosphere.";
    /** The glovebox mapping's model name. */
    public static final String GLOVEBOX = PREFIX + "glovebox";
    public static final String O2_PPM = PREFIX + "o2Ppm";
    public static final String H2O_PPM = PREFIX + "h2oPpm";
    /** After a gas key: the instant the level was received (ISO-8601). */
    public static final String AT = ".at";
    /** After a gas key: why it has no value, in words. */
    public static final String MISSING_REASON = ".missing";
    /** A gas key's value when the level did not arrive: never a number. */
    public static final String MISSING = "missing";
    /** The recipe's limits in force at the step (ppm), written only when a CHECK step gave limits. */
    public static final String MAX_O2_PPM = PREFIX + "maxO2Ppm";
    public static final String MAX_H2O_PPM = PREFIX + "maxH2oPpm";

    private AtmosphereValues() {
    }

    /** The key of a gas's level from its short key ({@code o2Ppm}). */
    public static String level(String gasKey) {
        return PREFIX + gasKey;
    }
}
