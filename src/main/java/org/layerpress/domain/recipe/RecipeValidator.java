package org.layerpress.domain.recipe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressLimits;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeStep.LoadLayer;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * Checks a recipe against physics and the multi-step rule before it may leave DRAFT. Every
 * failure names the step and the limit hit. Limits for PRESS are checked at target + band: the
 * HMI must never write a setpoint the recipe allows if the press or die does not. A recipe for an
 * isostatic vessel follows its own rules ({@link VesselRules}).
 */
public final class RecipeValidator {

    public static final String NO_STEPS = "no-steps";
    public static final String NO_PRESS = "no-press";
    public static final String NAME = "name";
    public static final String PRESS_CAPACITY = "press-capacity";
    public static final String DIE_RATING = "die-rating";
    public static final String RAMP_LIMIT = "ramp-limit";
    public static final String PRESS_VALUES = "press-values";
    public static final String HEATING = "heating";
    public static final String MULTI_STEP = "multi-step";
    public static final String RELEASE_BEFORE_LOAD = "release-before-load";
    public static final String RELEASE_BEFORE_EJECT = "release-before-eject";
    public static final String EJECT = "eject";
    public static final String MASS = "mass";
    public static final String CHECKLIST = "checklist";
    public static final String DENSITY = "density";

    /** Sane bounds: protocols weigh 6.5–180 mg (docs/press-domain.md#published-multi-step-protocols); a 20 mm die holds a few grams at most. */
    public static final double MIN_MASS_MG = 1;
    public static final double MAX_MASS_MG = 5000;
    public static final Duration MAX_HOLD = Duration.ofHours(1);
    public static final double MAX_PLATEN_C = 300;

    private RecipeValidator() {
    }

    public static List<Violation> validate(RecipeDefinition r) {
        List<Violation> out = new ArrayList<>();
        if (r.name().isBlank()) {
            out.add(new Violation(0, NAME, "the recipe needs a name"));
        }
        List<RecipeStep> steps = r.steps();
        if (steps.isEmpty()) {
            out.add(new Violation(0, NO_STEPS, "the recipe has no steps"));
            return out;
        }
        if (VesselRules.isVesselRecipe(r)) {
            VesselRules.check(r, out);
            return out;
        }
        if (steps.stream().noneMatch(s -> s instanceof Press)) {
            out.add(new Violation(0, NO_PRESS, "the recipe has no PRESS step"));
        }
        boolean loadedBefore = false;
        boolean pressedSinceLoad = false;
        boolean pressedSinceRelease = false;
        boolean released = false;
        boolean ejected = false;
        HeatingRules heating = new HeatingRules(r.press(), out);
        for (int i = 0; i < steps.size(); i++) {
            int n = i + 1;
            RecipeStep step = steps.get(i);
            if (step instanceof Press p) {
                checkPress(n, p, r.die(), r.press(), out);
                heating.press(n, p);
                pressedSinceLoad = true;
                pressedSinceRelease = true;
            } else if (step instanceof LoadLayer l) {
                checkMass(n, l, out);
                if (loadedBefore && !pressedSinceLoad) {
                    out.add(new Violation(n, MULTI_STEP, "layer '" + l.layerName()
                            + "' is loaded before the layer under it was pressed: press each layer before adding the next (one-step pressing of a stack leaves weak interfaces)"));
                }
                if (pressedSinceRelease) {
                    out.add(new Violation(n, RELEASE_BEFORE_LOAD, "layer '" + l.layerName() + "' is loaded while the press may still be closed: put a RELEASE before it"));
                }
                loadedBefore = true;
                pressedSinceLoad = false;
            } else if (step instanceof RecipeStep.Release) {
                released = true;
                pressedSinceRelease = false;
            } else if (step instanceof RecipeStep.Eject) {
                if (pressedSinceRelease || !released) {
                    out.add(new Violation(n, RELEASE_BEFORE_EJECT, "EJECT comes before the pressure is released: put a RELEASE after the last PRESS"));
                }
                heating.eject(n);
                ejected = true;
            } else if (step instanceof RecipeStep.Heat h) {
                heating.heat(n, h);
            } else if (step instanceof RecipeStep.Cool c) {
                heating.cool(n, c, pressedSinceRelease);
            } else if (step instanceof RecipeStep.Check c) {
                if (c.items().isEmpty() || c.items().stream().anyMatch(String::isBlank)) {
                    out.add(new Violation(n, CHECKLIST, "a CHECK step needs at least one item, none blank"));
                }
            } else if (step instanceof RecipeStep.Inspect in) {
                if (in.questions().isEmpty() || in.questions().stream().anyMatch(String::isBlank)) {
                    out.add(new Violation(n, CHECKLIST, "an INSPECT step needs at least one question, none blank"));
                }
            }
            // SCAN: what to scan is chosen from a list; nothing to check.
        }
        if (!ejected) {
            out.add(new Violation(0, EJECT, "the recipe must end by releasing the pressure and ejecting the pellet (RELEASE, then EJECT)"));
        } else if (pressedSinceRelease) {
            out.add(new Violation(steps.size(), RELEASE_BEFORE_EJECT, "a PRESS after the EJECT is never released"));
        }
        return out;
    }

    private static void checkPress(int n, Press p, DieSpec die, PressProfile press, List<Violation> out) {
        double target = p.target().megaPascals();
        double band = p.band().megaPascals();
        if (!(target > 0)) {
            out.add(new Violation(n, PRESS_VALUES, "target pressure must be above 0 MPa, was " + fmt(target) + " MPa"));
            return;
        }
        if (!(band > 0) || band >= target) {
            out.add(new Violation(n, PRESS_VALUES, "tolerance band must be above 0 and below the target (" + fmt(target) + " MPa), was ±" + fmt(band) + " MPa"));
        }
        for (PressLimits.Breach b : PressLimits.of(press, die).breachedByStep(p.target(), p.band(), p.ramp())) {
            out.add(new Violation(n, switch (b.limit()) {
                case PRESS_CAPACITY -> PRESS_CAPACITY;
                case DIE_RATING -> DIE_RATING;
                default -> RAMP_LIMIT;
            }, b.words()));
        }
        double ramp = p.ramp().megaPascalsPerSecond();
        if (!(ramp > 0)) {
            out.add(new Violation(n, PRESS_VALUES, "ramp must be above 0 MPa/s, was " + fmt(ramp) + " MPa/s"));
        }
        if (p.hold().isNegative() || p.hold().compareTo(MAX_HOLD) > 0) {
            out.add(new Violation(n, PRESS_VALUES, "hold must be 0 s to " + MAX_HOLD.toMinutes() + " min, was " + p.hold().toSeconds() + " s"));
        }
        if (!(p.maxDecayPercent() >= 0) || p.maxDecayPercent() > 50) {
            out.add(new Violation(n, PRESS_VALUES, "allowed decay during hold must be 0–50 %, was " + fmt(p.maxDecayPercent()) + " %"));
        }
        checkDensityTarget(n, p, die, out);
        p.platen().ifPresent(t -> {
            if (!press.has(PressCapability.HEATED_PLATENS)) {
                out.add(new Violation(n, HEATING, "a platen temperature is set but " + press.model() + " has no heated platens"));
            } else if (t.celsius() < HeatingRules.MIN_PLATEN_C || t.celsius() > MAX_PLATEN_C) {
                out.add(new Violation(n, HEATING, "platen temperature must be " + fmt(HeatingRules.MIN_PLATEN_C) + "–" + fmt(MAX_PLATEN_C) + " °C, was " + fmt(t.celsius()) + " °C"));
            }
        });
    }

    /** A relative density target is a percentage, and it can only be checked if thickness can be measured: from the die's zero position. */
    private static void checkDensityTarget(int n, Press p, DieSpec die, List<Violation> out) {
        p.minRelativeDensityPercent().ifPresent(min -> {
            if (!(min > 0) || min > 100) {
                out.add(new Violation(n, DENSITY, "minimum relative density must be above 0 and at most 100 %, was " + fmt(min) + " %"));
            } else if (die.zeroPosition().isEmpty()) {
                out.add(new Violation(n, DENSITY, "a minimum relative density of " + fmt(min)
                        + " % needs the die's zero position (die.zeroPosition): without it no thickness is measured and the target is never checked"));
            }
        });
    }

    private static void checkMass(int n, LoadLayer l, List<Violation> out) {
        double m = l.target().milligrams();
        double tol = l.tolerance().milligrams();
        if (m < MIN_MASS_MG || m > MAX_MASS_MG) {
            out.add(new Violation(n, MASS, "target mass must be " + fmt(MIN_MASS_MG) + "–" + fmt(MAX_MASS_MG) + " mg, was " + fmt(m) + " mg"));
        }
        if (!(tol > 0) || tol >= m) {
            out.add(new Violation(n, MASS, "mass tolerance must be above 0 and below the target (" + fmt(m) + " mg), was ±" + fmt(tol) + " mg"));
        }
        if (l.layerName().isBlank() || l.material().isBlank()) {
            out.add(new Violation(n, MASS, "a layer needs a name and a material"));
        }
    }

    static String fmt(double v) {
        return EvidenceNumbers.trimmed(v, 2);
    }
}
