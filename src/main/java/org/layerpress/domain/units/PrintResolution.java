package org.layerpress.domain.units;

/**
 * The step a printed value is rounded to, one per quantity, so that a page a reviewer reads shows
 * what the instrument can tell apart and no more (98.0665 kN is 10 tf converted; the load cell reads
 * 0.01 kN). Only the printed and displayed record rounds: the stored evidence keeps
 * {@link EvidenceNumbers#STORED_DECIMALS} and the JSON and CSV exports print it exactly.
 * docs/batch-record-format.md lists the resolutions.
 */
public enum PrintResolution {
    /** The press's load cell (and every force derived from a setting): 0.01 kN. */
    FORCE_KN(2, "kN"),
    /** Force over the die area: 0.01 kN over a 10 mm die is 0.13 MPa, so 0.1 MPa. */
    PRESSURE_MPA(1, "MPa"),
    /** The ram's position transducer: 1 µm. */
    POSITION_MM(3, "mm"),
    /** The PLC's trace is sampled at 100 Hz at best, and a reviewer reads tenths: 0.1 s. */
    TIME_S(1, "s"),
    /** An analytical balance in the glovebox: 0.1 mg. */
    MASS_MG(1, "mg"),
    FORCE_RATE_KNPS(2, "kN/s"),
    PRESSURE_RATE_MPAPS(1, "MPa/s"),
    /** A hold's pressure decay: 0.1 %. */
    PERCENT(1, "%"),
    /** A die's area from its bore: 0.01 mm². */
    AREA_MM2(2, "mm²"),
    /** A thermocouple in the vessel's medium: a reviewer reads tenths of a degree. */
    TEMPERATURE_C(1, "°C"),
    /** The glovebox's O2 and H2O analysers: an argon box runs below 1 ppm, read to 0.01 ppm. */
    GAS_PPM(2, "ppm"),
    /** A count (trace samples): whole numbers. */
    COUNT(0, "");

    private final int decimals;
    private final String unit;

    PrintResolution(int decimals, String unit) {
        this.decimals = decimals;
        this.unit = unit;
    }

    public int decimals() {
        return decimals;
    }

    /** The unit as printed after the number; "" for a count. */
    public String unit() {
        return unit;
    }

    /**
     * A measured value, rounded half-up to the resolution with its trailing zeros kept (10.190 mm
     * says the transducer read to the micrometre); NaN is "".
     */
    public String reading(double v) {
        return EvidenceNumbers.fixed(v, decimals);
    }

    /**
     * A setting or a fact (a target, a rating), rounded to the resolution without trailing zeros
     * (360 MPa, 98.07 kN): it was typed or computed, not measured; NaN is "".
     */
    public String setting(double v) {
        String s = EvidenceNumbers.trimmed(v, decimals);
        return s.equals("-0") ? "0" : s;
    }
}
