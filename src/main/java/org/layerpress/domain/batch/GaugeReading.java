package org.layerpress.domain.batch;

import java.time.Instant;
import java.util.Objects;

/**
 * A reading of a manual press's analogue gauge, typed in by the operator on the number pad: what
 * the dial showed, in its own unit, who read it and when (the station's clock: no transducer stamped
 * it). Never a measurement the HMI made itself.
 *
 * @param value the dial's reading, in {@code unit}
 * @param unit what the dial is marked in (bar or MPa of oil pressure)
 * @param login who typed it in
 * @param name their printed name
 * @param at when it was confirmed, by the station's clock
 */
public record GaugeReading(double value, String unit, String login, String name, Instant at) {

    public GaugeReading {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("a gauge reading is a number of 0 or more, was " + value);
        }
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("a gauge reading needs the dial's unit");
        }
        if (login == null || login.isBlank()) {
            throw new IllegalArgumentException("a gauge reading needs who read it");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(at, "at");
    }
}
