package org.layerpress.domain.density;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * A density reading as the named text values a batch event stores (docs/batch-record-format.md),
 * under a prefix that says which reading it is: {@link #UNDER_LOAD} and {@link #UNDER_LOAD_LAYER} on a
 * PRESS step, {@link #RELEASED} and {@link #RELEASED_LAYER} on the RELEASE after it. The inputs are
 * stored beside the results, so the sum can be redone from the record alone.
 */
public final class DensityCodec {

    public static final String UNDER_LOAD = "density.load.";
    public static final String UNDER_LOAD_LAYER = "density.load.layer.";
    public static final String RELEASED = "density.released.";
    public static final String RELEASED_LAYER = "density.released.layer.";

    public static final String FROM_MM = "from.mm";
    public static final String TO_MM = "to.mm";
    public static final String AREA_MM2 = "area.mm2";
    /** "Li6PS5Cl=60.1 | Li10GeP2S12 (LGPS)=30": each weighed layer the reading counts. */
    public static final String MASSES = "masses";
    public static final String MASS_MG = "mass.mg";
    public static final String THICKNESS_MM = "thickness.mm";
    public static final String DENSITY_GCM3 = "gcm3";
    public static final String THEORETICAL_GCM3 = "theoretical.gcm3";
    public static final String RELATIVE_PCT = "relative.pct";
    public static final String RELATIVE_NOTE = "relative.note";
    public static final String MIN_RELATIVE_PCT = "minRelative.pct";
    public static final String BELOW_TARGET = "belowTarget";
    public static final String NOT_MEASURED = "notMeasured";

    private static final String SEPARATOR = " | ";
    private static final List<String> SUFFIXES = List.of(FROM_MM, TO_MM, AREA_MM2, MASSES, MASS_MG, THICKNESS_MM, DENSITY_GCM3,
            THEORETICAL_GCM3, RELATIVE_PCT, RELATIVE_NOTE, MIN_RELATIVE_PCT, BELOW_TARGET, NOT_MEASURED);

    private DensityCodec() {
    }

    public static Map<String, String> encode(String prefix, DensityReading reading) {
        Map<String, String> v = new LinkedHashMap<>();
        if (reading instanceof DensityReading.NotMeasured n) {
            v.put(prefix + NOT_MEASURED, n.why());
            return v;
        }
        DensityReading.Measured m = (DensityReading.Measured) reading;
        v.put(prefix + FROM_MM, num(m.fromMillimetres()));
        v.put(prefix + TO_MM, num(m.toMillimetres()));
        v.put(prefix + AREA_MM2, num(m.dieAreaSquareMillimetres()));
        v.put(prefix + MASSES, String.join(SEPARATOR, m.masses().stream().map(l -> l.material().replace("|", "/") + "=" + num(l.milligrams())).toList()));
        v.put(prefix + MASS_MG, num(m.massMilligrams()));
        v.put(prefix + THICKNESS_MM, num(m.thicknessMillimetres()));
        v.put(prefix + DENSITY_GCM3, num(m.gramsPerCubicCentimetre()));
        v.put(prefix + THEORETICAL_GCM3, optional(m.theoreticalGramsPerCubicCentimetre()));
        v.put(prefix + RELATIVE_PCT, optional(m.relativePercent()));
        if (!m.relativeNote().isEmpty()) {
            v.put(prefix + RELATIVE_NOTE, m.relativeNote());
        }
        m.minRelativePercent().ifPresent(min -> {
            v.put(prefix + MIN_RELATIVE_PCT, num(min));
            v.put(prefix + BELOW_TARGET, Boolean.toString(m.belowTarget()));
        });
        return v;
    }

    /** Every key a reading under {@code prefix} may be stored with. */
    public static List<String> keys(String prefix) {
        return SUFFIXES.stream().map(s -> prefix + s).toList();
    }

    /** The reading stored under {@code prefix}; empty when none was stored (older records, or not a step that has one). */
    public static Optional<DensityReading> decode(String prefix, Map<String, String> v) {
        String why = v.get(prefix + NOT_MEASURED);
        if (why != null) {
            return Optional.of(new DensityReading.NotMeasured(why));
        }
        OptionalDouble thickness = EvidenceNumbers.parse(v.getOrDefault(prefix + THICKNESS_MM, ""));
        if (thickness.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DensityReading.Measured(number(v, prefix + FROM_MM), number(v, prefix + TO_MM), number(v, prefix + AREA_MM2),
                masses(v.getOrDefault(prefix + MASSES, "")), thickness.getAsDouble(), number(v, prefix + MASS_MG),
                number(v, prefix + DENSITY_GCM3), EvidenceNumbers.parse(v.getOrDefault(prefix + THEORETICAL_GCM3, "")),
                EvidenceNumbers.parse(v.getOrDefault(prefix + RELATIVE_PCT, "")), v.getOrDefault(prefix + RELATIVE_NOTE, ""),
                EvidenceNumbers.parse(v.getOrDefault(prefix + MIN_RELATIVE_PCT, ""))));
    }

    private static List<LoadedMass> masses(String text) {
        List<LoadedMass> out = new ArrayList<>();
        for (String part : text.split(" \\| ")) {
            int eq = part.lastIndexOf('=');
            OptionalDouble mg = eq < 0 ? OptionalDouble.empty() : EvidenceNumbers.parse(part.substring(eq + 1));
            if (mg.isPresent() && mg.getAsDouble() > 0) {
                out.add(new LoadedMass(part.substring(0, eq), mg.getAsDouble()));
            }
        }
        return out;
    }

    private static double number(Map<String, String> v, String key) {
        return EvidenceNumbers.parseOrNaN(v.getOrDefault(key, ""));
    }

    private static String optional(OptionalDouble d) {
        return d.isPresent() ? num(d.getAsDouble()) : "";
    }

    private static String num(double d) {
        return EvidenceNumbers.text(d);
    }
}
