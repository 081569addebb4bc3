package org.layerpress.domain.density;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What one density reading of a pellet (or of one layer of it) came to: either the numbers with
 * every input used, so a reviewer can redo the sum, or why there is no number.
 */
public sealed interface DensityReading {

    /**
     * A reading made.
     *
     * @param fromMillimetres the ram position the thickness is counted from: the zero position for the
     *                        stack, the previous press's position for a layer
     * @param toMillimetres the ram position read (larger = further down)
     * @param relativeNote empty when the relative density was computed, otherwise why not
     */
    record Measured(double fromMillimetres, double toMillimetres, double dieAreaSquareMillimetres, List<LoadedMass> masses,
                    double thicknessMillimetres, double massMilligrams, double gramsPerCubicCentimetre,
                    OptionalDouble theoreticalGramsPerCubicCentimetre, OptionalDouble relativePercent, String relativeNote,
                    OptionalDouble minRelativePercent) implements DensityReading {
        public Measured {
            masses = List.copyOf(masses);
            Objects.requireNonNull(theoreticalGramsPerCubicCentimetre, "theoreticalGramsPerCubicCentimetre");
            Objects.requireNonNull(relativePercent, "relativePercent");
            Objects.requireNonNull(relativeNote, "relativeNote");
            Objects.requireNonNull(minRelativePercent, "minRelativePercent");
        }

        /** Below the recipe's minimum relative density; false when either is unknown (nothing to compare). */
        public boolean belowTarget() {
            return relativePercent.isPresent() && minRelativePercent.isPresent()
                    && relativePercent.getAsDouble() < minRelativePercent.getAsDouble() - 1e-9;
        }
    }

    /** No reading: {@code why} in words ("not measured: position missing"), never a number. */
    record NotMeasured(String why) implements DensityReading {
        public NotMeasured {
            Objects.requireNonNull(why, "why");
        }
    }
}
