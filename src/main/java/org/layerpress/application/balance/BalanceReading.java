package org.layerpress.application.balance;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A weight as the balance sent it: the number and unit exactly as it came, whether the balance
 * called it stable, which balance (the station's id and the balance's own serial number) and when
 * it arrived.
 */
public record BalanceReading(double value, String unit, boolean stable, String balanceId, String serialNumber, Instant at) {

    public BalanceReading {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(balanceId, "balanceId");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(at, "at");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a balance reading must be a finite number, was " + value);
        }
    }

    /**
     * The weight in milligrams, for the units a laboratory balance weighs powder in (g, mg, kg);
     * any other unit is refused, so a reading in carats or ounces never becomes a mass.
     */
    public double milligrams() {
        return switch (unit) {
            case "mg" -> value;
            case "g" -> value * 1_000.0;
            case "kg" -> value * 1_000_000.0;
            default -> throw new BalanceException(BalanceFailure.UNSUPPORTED_UNIT,
                    String.format(Locale.ROOT, "the balance weighs in '%s': set it to g or mg", unit));
        };
    }
}
