package org.layerpress.application.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.layerpress.domain.density.DensityCodec;
import org.layerpress.domain.density.DensityReading;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * A step's density readings in words, the same on the Run page, in the QA detail and in the PDF:
 * "under load: 1.23 mm, 1.52 g/cm³, 76.4 % of theoretical". A reading that could not be made says
 * why instead of a number; one below the recipe's target says so in words, never by colour alone.
 */
public final class DensityWording {

    private DensityWording() {
    }

    /** Each reading's prefix and what it is called, in reading order. */
    static final Map<String, String> READINGS = readings();

    private static Map<String, String> readings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(DensityCodec.UNDER_LOAD, "stack under load");
        m.put(DensityCodec.UNDER_LOAD_LAYER, "new layer under load");
        m.put(DensityCodec.RELEASED, "stack after release");
        m.put(DensityCodec.RELEASED_LAYER, "new layer after release");
        return m;
    }

    /** Every reading the step's values hold (stack and layer, under load or after release), one line each; empty when none. */
    public static List<String> lines(Map<String, String> values) {
        List<String> out = new ArrayList<>();
        READINGS.forEach((prefix, what) -> line(what, prefix, values).ifPresent(out::add));
        return out;
    }

    static Optional<String> line(String what, String prefix, Map<String, String> values) {
        return DensityCodec.decode(prefix, values).map(r -> what + ": " + words(r));
    }

    /** The same line with the inputs it was computed from, for the QA detail and the PDF: a reviewer can redo the sum. */
    static Optional<String> lineWithInputs(String what, String prefix, Map<String, String> values) {
        return DensityCodec.decode(prefix, values).map(r -> what + ": " + words(r) + (r instanceof DensityReading.Measured m ? " " + inputs(m) : ""));
    }

    /** "(ram from 14 mm to 12.4321 mm, die area 78.5398 mm², Li6PS5Cl 60.5 mg)": what the sum used, as recorded (no arrow: the PDF's font has none). */
    static String inputs(DensityReading.Measured m) {
        return "(ram from " + EvidenceNumbers.text(m.fromMillimetres()) + " mm to " + EvidenceNumbers.text(m.toMillimetres()) + " mm, die area "
                + EvidenceNumbers.text(m.dieAreaSquareMillimetres()) + " mm², "
                + String.join(" + ", m.masses().stream().map(l -> l.material() + " " + EvidenceNumbers.text(l.milligrams()) + " mg").toList()) + ")";
    }

    public static String words(DensityReading reading) {
        if (reading instanceof DensityReading.NotMeasured n) {
            return n.why();
        }
        DensityReading.Measured m = (DensityReading.Measured) reading;
        String base = "thickness " + EvidenceNumbers.trimmed(m.thicknessMillimetres(), 3) + " mm, density "
                + EvidenceNumbers.trimmed(m.gramsPerCubicCentimetre(), 3) + " g/cm³";
        if (m.relativePercent().isEmpty()) {
            return base + "; " + m.relativeNote();
        }
        String relative = base + ", relative density " + EvidenceNumbers.trimmed(m.relativePercent().getAsDouble(), 1) + " %";
        return m.belowTarget()
                ? relative + " — BELOW TARGET " + EvidenceNumbers.trimmed(m.minRelativePercent().getAsDouble(), 1) + " %"
                : relative;
    }
}
