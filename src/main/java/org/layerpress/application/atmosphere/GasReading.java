package org.layerpress.application.atmosphere;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One gas level as the HMI knows it now: a value in ppm with the time it was received and its OPC UA
 * quality, or no value and the reason in words ("no O2 reading for 12 s", "glovebox link lost: ...").
 * A missing value is never replaced by a number: a gate or a record reads {@link #ppm()} as empty.
 *
 * @param time when the value was received; for a missing value, when it was judged missing
 * @param quality the OPC UA status of the value ("Good"); empty for a missing value
 * @param missingReason why there is no value; empty when there is one
 */
public record GasReading(Gas gas, OptionalDouble ppm, Instant time, String quality, String missingReason) {

    public GasReading {
        Objects.requireNonNull(gas, "gas");
        Objects.requireNonNull(time, "time");
        if (ppm.isPresent() == !missingReason.isEmpty()) {
            throw new IllegalArgumentException("a gas reading is a value or a reason, exactly one of them");
        }
        if (ppm.isPresent() && !(ppm.getAsDouble() >= 0 && ppm.getAsDouble() <= 1_000)) {
            throw new IllegalArgumentException(gas.label() + " level " + ppm.getAsDouble() + " ppm is outside 0..1000 ppm");
        }
    }

    public static GasReading value(Gas gas, double ppm, Instant time, String quality) {
        return new GasReading(gas, OptionalDouble.of(ppm), time, quality, "");
    }

    public static GasReading missing(Gas gas, Instant time, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a missing " + gas.label() + " reading needs its reason in words");
        }
        return new GasReading(gas, OptionalDouble.empty(), time, "", reason);
    }

    public boolean present() {
        return ppm.isPresent();
    }

    /** "0.4 ppm" or "-" with the reason, as a screen shows it. */
    public String display() {
        return present() ? format(ppm.getAsDouble()) + " ppm" : "-";
    }

    /** A level as the screens and the record write it: two decimals below 10 ppm, whole numbers above. */
    public static String format(double ppm) {
        return ppm < 10 ? String.format(Locale.ROOT, "%.2f", ppm) : String.format(Locale.ROOT, "%.0f", ppm);
    }
}
