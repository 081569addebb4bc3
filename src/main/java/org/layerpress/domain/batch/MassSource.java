package org.layerpress.domain.batch;

import java.time.Instant;
import java.util.Objects;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * Where a layer's recorded mass came from: read from the station's balance, typed on a station
 * without one, or typed as a deviation because the station's balance could not be used. The record
 * keeps which, so QA can tell a number the balance sent from one a person typed.
 */
public sealed interface MassSource {

    /** The weighing line of the record and the report ("from balance …", "typed (balance offline: …)"). */
    String words();

    /** Typed on the number pad of a station that has no balance: how every mass was recorded before balances. */
    record Typed() implements MassSource {
        @Override
        public String words() {
            return "typed";
        }
    }

    /** Typed on a station that has a balance, as a deviation, with the reason the balance was not used. */
    record TypedBalanceOffline(String reason) implements MassSource {
        public TypedBalanceOffline {
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("a mass typed on a station with a balance needs the reason the balance was not used");
            }
        }

        @Override
        public String words() {
            return "typed (balance offline: " + reason + ")";
        }
    }

    /**
     * Read from the balance: its value and unit exactly as it sent them, whether it called the
     * reading stable, the station's id of the balance, its own serial number (empty when it did
     * not report one) and when the reading arrived.
     */
    record Weighed(String balanceId, String serialNumber, double value, String unit, boolean stable, Instant at) implements MassSource {
        public Weighed {
            Objects.requireNonNull(balanceId, "balanceId");
            Objects.requireNonNull(serialNumber, "serialNumber");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(at, "at");
        }

        /** The value in milligrams for the units a balance weighs powder in (g, mg, kg); NaN for any other, which is never recorded. */
        public double milligrams() {
            return switch (unit) {
                case "mg" -> value;
                case "g" -> value * 1_000.0;
                case "kg" -> value * 1_000_000.0;
                default -> Double.NaN;
            };
        }

        @Override
        public String words() {
            return "from balance " + balanceId + " (" + (serialNumber.isEmpty() ? "serial number not reported" : "S/N " + serialNumber)
                    + "), " + (stable ? "stable" : "NOT stable") + ", " + EvidenceNumbers.exact(value) + " " + unit + " at " + at;
        }
    }
}
