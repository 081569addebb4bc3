package org.layerpress.domain.recipe;

import static org.layerpress.domain.recipe.RecipeValidator.fmt;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.recipe.RecipeStep.Depressurise;
import org.layerpress.domain.recipe.RecipeStep.LoadVessel;
import org.layerpress.domain.recipe.RecipeStep.Pressurise;

/**
 * The rules of a recipe for an isostatic vessel (CIP, or WIP with a heated vessel): load the bagged
 * sample, pressurise and hold, vent, and never open a vessel that has not been vented. A vessel
 * recipe presses in the vessel only: a die step (PRESS, LOAD_LAYER, RELEASE, EJECT, HEAT, COOL) in it
 * is refused, as the recipe runs on one press. The vessel's rating lives in the station's mapping,
 * not in the recipe, so it is checked at batch start; here the numbers are checked for sense.
 */
public final class VesselRules {

    public static final String VESSEL = "vessel";
    public static final String VESSEL_VALUES = "vessel-values";
    public static final String VENT_BEFORE_OPEN = "vent-before-open";

    /** The mapping's own upper bound for a vessel rating: no lab vessel is rated beyond it. */
    static final double MAX_VESSEL_MPA = 1000;
    static final double MIN_VESSEL_C = 30;
    static final double MAX_VESSEL_C = 500;

    /** The kinds a vessel recipe may have beside its own three. */
    private static final Set<StepKind> ALLOWED = EnumSet.of(StepKind.CHECK, StepKind.SCAN, StepKind.INSPECT, StepKind.LOAD_VESSEL,
            StepKind.PRESSURISE, StepKind.DEPRESSURISE);

    private VesselRules() {
    }

    /** Whether a recipe is for an isostatic vessel: it has a vessel step. */
    public static boolean isVesselRecipe(RecipeDefinition r) {
        return r.steps().stream().anyMatch(s -> s instanceof LoadVessel || s instanceof Pressurise || s instanceof Depressurise);
    }

    static void check(RecipeDefinition r, List<Violation> out) {
        if (!r.press().has(PressCapability.ISOSTATIC_VESSEL)) {
            out.add(new Violation(0, VESSEL, "the recipe has vessel steps but its press " + r.press().model() + " does not list "
                    + PressCapability.ISOSTATIC_VESSEL.key()));
        }
        if (r.steps().stream().noneMatch(s -> s instanceof Pressurise)) {
            out.add(new Violation(0, RecipeValidator.NO_PRESS, "the vessel recipe has no PRESSURISE step"));
        }
        boolean loaded = false;
        boolean pressurised = false;
        for (int i = 0; i < r.steps().size(); i++) {
            int n = i + 1;
            RecipeStep step = r.steps().get(i);
            if (!ALLOWED.contains(step.kind())) {
                out.add(new Violation(n, VESSEL, step.kind() + " is a die press's step; a vessel recipe has CHECK, SCAN, LOAD_VESSEL, "
                        + "PRESSURISE, DEPRESSURISE and INSPECT steps only (press in a die and in a vessel with two recipes)"));
            } else if (step instanceof LoadVessel lv) {
                if (lv.items().isEmpty() || lv.items().stream().anyMatch(String::isBlank)) {
                    out.add(new Violation(n, RecipeValidator.CHECKLIST, "a LOAD_VESSEL step needs at least one item, none blank"));
                }
                if (pressurised) {
                    out.add(new Violation(n, VENT_BEFORE_OPEN, "the vessel is loaded while still under pressure: put a DEPRESSURISE before it"));
                }
                loaded = true;
            } else if (step instanceof Pressurise p) {
                if (!loaded) {
                    out.add(new Violation(n, VESSEL, "PRESSURISE before any LOAD_VESSEL: load and seal the sample first"));
                }
                pressurise(n, p, out);
                pressurised = true;
            } else if (step instanceof Depressurise d) {
                if (!pressurised) {
                    out.add(new Violation(n, VESSEL, "DEPRESSURISE without a PRESSURISE before it"));
                }
                if (!(d.maxRate().megaPascalsPerSecond() > 0)) {
                    out.add(new Violation(n, VESSEL_VALUES, "the venting rate must be above 0 MPa/s, was " + fmt(d.maxRate().megaPascalsPerSecond()) + " MPa/s"));
                }
                pressurised = false;
            }
        }
        if (pressurised) {
            out.add(new Violation(r.steps().size(), VENT_BEFORE_OPEN, "the recipe ends with the vessel under pressure: end with a DEPRESSURISE"));
        }
    }

    private static void pressurise(int n, Pressurise p, List<Violation> out) {
        double target = p.target().megaPascals();
        double band = p.band().megaPascals();
        if (!(target > 0) || target > MAX_VESSEL_MPA) {
            out.add(new Violation(n, VESSEL_VALUES, "vessel pressure must be above 0 and at most " + fmt(MAX_VESSEL_MPA) + " MPa, was " + fmt(target) + " MPa"));
            return;
        }
        if (!(band > 0) || band >= target) {
            out.add(new Violation(n, VESSEL_VALUES, "tolerance band must be above 0 and below the target (" + fmt(target) + " MPa), was ±" + fmt(band) + " MPa"));
        }
        if (!(p.rate().megaPascalsPerSecond() > 0)) {
            out.add(new Violation(n, VESSEL_VALUES, "pressurising rate must be above 0 MPa/s, was " + fmt(p.rate().megaPascalsPerSecond()) + " MPa/s"));
        }
        if (p.hold().isNegative() || p.hold().compareTo(RecipeValidator.MAX_HOLD) > 0) {
            out.add(new Violation(n, VESSEL_VALUES, "hold must be 0 s to " + RecipeValidator.MAX_HOLD.toMinutes() + " min, was " + p.hold().toSeconds() + " s"));
        }
        p.temperature().ifPresent(t -> {
            if (t.celsius() < MIN_VESSEL_C || t.celsius() > MAX_VESSEL_C) {
                out.add(new Violation(n, VESSEL_VALUES, "vessel temperature must be " + fmt(MIN_VESSEL_C) + "–" + fmt(MAX_VESSEL_C) + " °C, was "
                        + fmt(t.celsius()) + " °C"));
            }
        });
        p.temperatureBand().ifPresent(b -> {
            if (p.temperature().isEmpty()) {
                out.add(new Violation(n, VESSEL_VALUES, "a temperature band without a vessel temperature"));
            } else if (!(b.celsius() > 0)) {
                out.add(new Violation(n, VESSEL_VALUES, "the temperature band must be above 0 °C, was ±" + fmt(b.celsius()) + " °C"));
            }
        });
        if (p.temperature().isPresent() && p.temperatureBand().isEmpty()) {
            // The engine soaks the medium in this band before the pump starts and flags it leaving the band in the hold.
            out.add(new Violation(n, VESSEL_VALUES, "a vessel temperature needs a temperatureBand: the medium is soaked and held within it"));
        }
        if (p.temperature().isEmpty() && !p.soak().isZero()) {
            out.add(new Violation(n, VESSEL_VALUES, "a soak without a vessel temperature"));
        }
        if (p.soak().isNegative() || p.soak().compareTo(RecipeValidator.MAX_HOLD) > 0) {
            out.add(new Violation(n, VESSEL_VALUES, "soak must be 0 s to " + RecipeValidator.MAX_HOLD.toMinutes() + " min, was " + p.soak().toSeconds() + " s"));
        }
    }
}
