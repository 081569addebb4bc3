package org.layerpress.application.mapping;

import java.util.Optional;

/**
 * One node of the glovebox controller the HMI reads.
 *
 * @param key the logical name in the mapping ({@code o2Ppm}, {@code h2oPpm}, {@code status}, {@code alive})
 * @param line the line in the mapping file, so later messages can still point at it
 */
public record GloveboxSignal(String key, NodeRef node, OpcType type, Optional<Scaling> scaling, int line) {

    public double toEngineering(double raw) {
        return scaling.map(s -> s.toEngineering(raw)).orElse(raw);
    }

    /** Whether a received raw value may be taken as a measurement (inside the scale's valid raw range). */
    public boolean validRaw(double raw) {
        return scaling.map(s -> s.validRaw(raw)).orElse(true);
    }
}
