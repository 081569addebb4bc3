package org.layerpress.application.mapping;

import java.util.Locale;
import java.util.Set;

/**
 * The analogue gauge of a manual pump press without a transducer ({@code manualPump.gauge} in the
 * mapping): it reads the oil line in {@code unit}, and {@code kiloNewtonsPerUnit} (from the ram's
 * area) turns a reading into the force on the die. The HMI shows the recipe's band in the gauge's
 * unit, so the operator compares like with like, and turns the readings typed in back into MPa on
 * the die for the record's flags.
 *
 * @param unit what the dial is marked in: {@code bar} or {@code MPa} (oil pressure)
 * @param kiloNewtonsPerUnit kN on the ram per unit of the dial
 */
public record GaugeSpec(String unit, double kiloNewtonsPerUnit) {

    /** The dial units the HMI converts: oil pressure, as hand-pump presses' gauges read. */
    public static final Set<String> UNITS = Set.of("bar", "MPa");

    public GaugeSpec {
        if (!UNITS.contains(unit)) {
            throw new IllegalArgumentException("a gauge reads bar or MPa, not " + unit);
        }
        if (!(kiloNewtonsPerUnit > 0) || Double.isInfinite(kiloNewtonsPerUnit)) {
            throw new IllegalArgumentException("kN per gauge unit must be finite and above 0, was " + kiloNewtonsPerUnit);
        }
    }

    /** The force on the ram for a dial reading. */
    public double kiloNewtons(double reading) {
        return reading * kiloNewtonsPerUnit;
    }

    /** The dial reading a force on the ram shows. */
    public double reading(double kiloNewtons) {
        return kiloNewtons / kiloNewtonsPerUnit;
    }

    /** How many decimals the dial is read to on the screen and in the record: whole bar, or 0.1 MPa. */
    public int decimals() {
        return unit.equals("bar") ? 0 : 1;
    }

    /** A reading with its unit, to the dial's resolution: "133 bar". */
    public String words(double reading) {
        return String.format(Locale.ROOT, "%." + decimals() + "f %s", reading, unit);
    }
}
