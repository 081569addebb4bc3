package org.layerpress.application.mapping;

/**
 * Linear scaling between a PLC's raw value and engineering units, e.g. an S7 analog word
 * 0..27648 ↔ 0..300 kN. Writes are clamped to the raw range so a rounding step can never push a
 * setpoint past the top of the scale.
 *
 * <p>A received raw value outside {@code validRawMin..validRawMax} is bad data, not a number
 * (docs/plc-interface.md, section 7). Unless the mapping says otherwise that is the raw range widened
 * by 1 % of its span on each side: a sensor slightly past its nominal range still reads, an S7
 * overflow word (32767) or a wire break does not.
 */
public record Scaling(double rawMin, double rawMax, double engMin, double engMax, double validRawMin, double validRawMax) {

    /** How far the default valid raw range reaches past the raw range, as a fraction of its span. */
    public static final double VALID_MARGIN_FRACTION = 0.01;

    public Scaling {
        if (rawMin == rawMax) {
            throw new IllegalArgumentException("raw min equals raw max (" + rawMin + "): the scale has no span");
        }
        if (engMin == engMax) {
            throw new IllegalArgumentException("engineering min equals max (" + engMin + "): the scale has no span");
        }
        if (!(validRawMin < validRawMax)) {
            throw new IllegalArgumentException("valid raw range " + validRawMin + ".." + validRawMax + " is empty");
        }
    }

    /** With the default valid raw range (the raw range widened by 1 % of its span on each side). */
    public Scaling(double rawMin, double rawMax, double engMin, double engMax) {
        this(rawMin, rawMax, engMin, engMax, defaultValidMin(rawMin, rawMax), defaultValidMax(rawMin, rawMax));
    }

    public static double defaultValidMin(double rawMin, double rawMax) {
        return Math.min(rawMin, rawMax) - VALID_MARGIN_FRACTION * Math.abs(rawMax - rawMin);
    }

    public static double defaultValidMax(double rawMin, double rawMax) {
        return Math.max(rawMin, rawMax) + VALID_MARGIN_FRACTION * Math.abs(rawMax - rawMin);
    }

    public double toEngineering(double raw) {
        return engMin + (raw - rawMin) * (engMax - engMin) / (rawMax - rawMin);
    }

    public double toRaw(double engineering) {
        return rawMin + (engineering - engMin) * (rawMax - rawMin) / (engMax - engMin);
    }

    /** Whether a received raw value may be taken as a measurement. */
    public boolean validRaw(double raw) {
        return raw >= validRawMin && raw <= validRawMax;
    }
}
