package org.layerpress.application.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.layerpress.application.mapping.VesselSpec;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * Whether a recipe for an isostatic vessel fits this station's press: the press must be a vessel
 * whose mapping gives its rating, and every PRESSURISE's target plus band, its rate and (WIP) its
 * temperature must be within what the vessel section says. {@link PressFit} asks this for a recipe
 * with vessel steps; a uniaxial recipe on a vessel is its own refusal.
 */
final class VesselFit {

    private final PressProfile press;
    private final Optional<VesselSpec> vessel;
    private final String mappingName;

    VesselFit(PressProfile press, Optional<VesselSpec> vessel, String mappingName) {
        this.press = Objects.requireNonNull(press, "press");
        this.vessel = Objects.requireNonNull(vessel, "vessel");
        this.mappingName = Objects.requireNonNull(mappingName, "mappingName");
    }

    /** Every reason this press cannot run the vessel recipe; empty when it fits. */
    List<String> misfits(RecipeDefinition recipe) {
        if (!press.has(PressCapability.ISOSTATIC_VESSEL) || vessel.isEmpty()) {
            return List.of("the recipe presses in an isostatic vessel, but this station's press is not one ("
                    + PressCapability.ISOSTATIC_VESSEL.key() + " and a vessel section are not in " + mappingName + ")");
        }
        VesselSpec v = vessel.get();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < recipe.steps().size(); i++) {
            String step = "step " + (i + 1);
            if (recipe.steps().get(i) instanceof RecipeStep.Pressurise p) {
                double top = p.upperLimit().megaPascals();
                if (top > v.maxPressureMegaPascals()) {
                    out.add(step + ": the vessel pressure " + mpa(p.target().megaPascals()) + " + band " + mpa(p.band().megaPascals())
                            + " is above the vessel's rating of " + mpa(v.maxPressureMegaPascals()) + " (vessel.maxPressure)");
                }
                double rate = p.rate().megaPascalsPerSecond();
                if (rate > v.maxRateMegaPascalsPerSecond()) {
                    out.add(step + ": pressurising at " + num(rate) + " MPa/s is faster than the vessel's pump (" + num(v.maxRateMegaPascalsPerSecond())
                            + " MPa/s, vessel.maxRate)");
                }
                p.temperature().ifPresent(t -> {
                    if (v.maxTemperature().isEmpty()) {
                        out.add(step + " asks for the vessel at " + num(t.celsius()) + " °C, but the vessel is not heated (no vessel.maxTemperature in "
                                + mappingName + ")");
                    } else if (t.celsius() > v.maxTemperature().get().celsius()) {
                        out.add(step + " asks for the vessel at " + num(t.celsius()) + " °C, above its limit of "
                                + num(v.maxTemperature().get().celsius()) + " °C (vessel.maxTemperature)");
                    }
                });
            } else if (recipe.steps().get(i) instanceof RecipeStep.Depressurise d && d.maxRate().megaPascalsPerSecond() > v.maxRateMegaPascalsPerSecond()) {
                // The HMI never writes a vent rate the vessel section does not allow; the PLC would clamp it anyway.
                out.add(step + ": venting at up to " + num(d.maxRate().megaPascalsPerSecond()) + " MPa/s is faster than the vessel allows ("
                        + num(v.maxRateMegaPascalsPerSecond()) + " MPa/s, vessel.maxRate)");
            }
        }
        return out;
    }

    private static String mpa(double v) {
        return num(v) + " MPa";
    }

    private static String num(double v) {
        return EvidenceNumbers.trimmed(v, 1);
    }
}
