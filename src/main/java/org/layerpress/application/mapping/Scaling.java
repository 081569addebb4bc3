package org.layerpress.application.mapping;

/**
 * Linear scaling between a PLC's raw value and engineering units, e.g. an S7 analog word
 * 0..27648 ↔ 0..300 kN. Writes are clamped to the raw range so a rounding step can never push a
 * setpoint past the top of the scale.
 */
public record Scaling(double rawMin, double rawMax, double engMin, double engMax) {

    public Scaling {
        if (rawMin == rawMax) {
            throw new IllegalArgumentException("raw min equals raw max (" + rawMin + "): the scale has no span");
        }
        if (engMin == engMax) {
            throw new IllegalArgumentException("engineering min equals max (" + engMin + "): the scale has no span");
        }
    }

    public double toEngineering(double raw) {
        return engMin + (raw - rawMin) * (engMax - engMin) / (rawMax - rawMin);
    }

    public double toRaw(double engineering) {
        return rawMin + (engineering - engMin) * (rawMax - rawMin) / (engMax - engMin);
    }
}
