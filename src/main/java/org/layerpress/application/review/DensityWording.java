package org.layerpress.application.review;

import java.util.ArrayList;
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

    /** Every reading the step's values hold (stack and layer, under load or after release), one line each; empty when none. */
    public static List<String> lines(Map<String, String> values) {
        List<String> out = new ArrayList<>();
        line("stack under load", DensityCodec.UNDER_LOAD, values).ifPresent(out::add);
        line("new layer under load", DensityCodec.UNDER_LOAD_LAYER, values).ifPresent(out::add);
        line("stack after release", DensityCodec.RELEASED, values).ifPresent(out::add);
        line("new layer after release", DensityCodec.RELEASED_LAYER, values).ifPresent(out::add);
        return out;
    }

    private static Optional<String> line(String what, String prefix, Map<String, String> values) {
        return DensityCodec.decode(prefix, values).map(r -> what + ": " + words(r));
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
