package org.layerpress.domain.density;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * The sums (docs/press-domain.md#pellet-thickness-and-density). The ram position grows as the ram
 * goes down, so a pellet between the punches stops the ram {@code t} above where the bare punches
 * touch: t = from − to (mm). Density ρ = m / (A · t): with m in mg and A · t in mm³ that is
 * mg/mm³, which is g/cm³. The theoretical density of a mix is Σm / Σ(mᵢ/ρᵢ) — the volumes of the
 * powders add, so the mass-weighted harmonic mean, not the arithmetic one.
 */
public final class PelletDensity {

    /** What a reading says when the ram position did not arrive (gap, Bad quality, never sampled). */
    public static final String POSITION_MISSING = "not measured: position missing";

    private PelletDensity() {
    }

    public static DensityReading of(OptionalDouble fromMillimetres, OptionalDouble toMillimetres, double dieAreaSquareMillimetres,
                                    List<LoadedMass> masses, MaterialTable table, OptionalDouble minRelativePercent) {
        if (fromMillimetres.isEmpty() || !Double.isFinite(fromMillimetres.getAsDouble())) {
            return new DensityReading.NotMeasured("not measured: no zero position (die.zeroPosition in the recipe)");
        }
        if (toMillimetres.isEmpty() || !Double.isFinite(toMillimetres.getAsDouble())) {
            return new DensityReading.NotMeasured(POSITION_MISSING);
        }
        if (masses.isEmpty()) {
            return new DensityReading.NotMeasured("not measured: no powder was weighed for it");
        }
        double from = fromMillimetres.getAsDouble();
        double to = toMillimetres.getAsDouble();
        double thickness = from - to;
        if (!(thickness > 0)) {
            return new DensityReading.NotMeasured(String.format(Locale.ROOT,
                    "not measured: the ram stood at %s mm, not above %s mm where the thickness is counted from, so it would be %s mm",
                    EvidenceNumbers.text(to), EvidenceNumbers.text(from), EvidenceNumbers.text(thickness)));
        }
        double mass = masses.stream().mapToDouble(LoadedMass::milligrams).sum();
        double density = mass / (dieAreaSquareMillimetres * thickness);
        OptionalDouble theoretical = OptionalDouble.empty();
        OptionalDouble relative = OptionalDouble.empty();
        Optional<String> unknown = masses.stream().map(LoadedMass::material).filter(m -> table.lookup(m).isEmpty()).findFirst();
        String note = unknown.map(m -> "relative density not computed: " + table.whyMissing(m)).orElse("");
        if (unknown.isEmpty()) {
            double volumeShare = masses.stream().mapToDouble(m -> m.milligrams() / table.lookup(m.material()).orElseThrow().gramsPerCubicCentimetre()).sum();
            double mix = mass / volumeShare;
            theoretical = OptionalDouble.of(mix);
            relative = OptionalDouble.of(100 * density / mix);
        }
        return new DensityReading.Measured(from, to, dieAreaSquareMillimetres, masses, thickness, mass, density,
                theoretical, relative, note, minRelativePercent);
    }
}
