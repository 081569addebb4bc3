package org.layerpress.ui.recipe;

import java.time.Duration;
import java.util.Locale;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.domain.units.Mass;
import org.layerpress.domain.units.Pressure;

/**
 * How recipe values read on screen: every number with its unit, force in kN and metric tonne-force
 * ("t", 9.80665 kN), no needless decimals.
 */
public final class RecipeWords {

    private RecipeWords() {
    }

    /** The chip word: DRAFT, IN REVIEW, APPROVED, RETIRED (APPROVED also carries a lock glyph). */
    public static String status(RecipeStatus status) {
        return status == RecipeStatus.IN_REVIEW ? "IN REVIEW" : status.name();
    }

    /** "28.27 kN (2.88 t)" */
    public static String force(Force f) {
        return kiloNewtons(f) + " (" + tonnes(f) + ")";
    }

    /** "28.27 kN" */
    public static String kiloNewtons(Force f) {
        return String.format(Locale.ROOT, "%.2f kN", f.kiloNewtons());
    }

    /** "2.88 t" (metric tonne-force) */
    public static String tonnes(Force f) {
        return String.format(Locale.ROOT, "%.2f t", f.in(ForceUnit.TONNE_FORCE));
    }

    /** "360 MPa" */
    public static String pressure(Pressure p) {
        return number(p.megaPascals()) + " MPa";
    }

    /** "60 mg" */
    public static String mass(Mass m) {
        return number(m.milligrams()) + " mg";
    }

    /** "29.6 %" */
    public static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f %%", p);
    }

    /** "2 min", "45 s", "1 min 30 s" */
    public static String duration(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        return s % 60 == 0 ? s / 60 + " min" : s / 60 + " min " + s % 60 + " s";
    }

    /** A number without needless decimals: 360, 1.5, 0.25. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** "10 mm bore · rated 98.07 kN (10.00 t) = 1249 MPa" */
    public static String die(DieSpec die) {
        return number(die.bore().millimetres()) + " mm bore · rated " + force(die.rating())
                + String.format(Locale.ROOT, " = %.0f MPa", die.ratedPressure().megaPascals());
    }

    /** "model · capacity 294.20 kN (30.00 t) · ramp up to 20 kN/s" */
    public static String press(PressProfile press) {
        return press.model() + " · capacity " + force(press.capacity()) + " · ramp up to "
                + number(press.maxRampKiloNewtonsPerSecond()) + " kN/s";
    }

    /** One line of a step's settings, units included. */
    public static String settings(RecipeStep step) {
        if (step instanceof RecipeStep.Press p) {
            String s = pressure(p.target()) + " ± " + number(p.band().megaPascals()) + " MPa · ramp "
                    + number(p.ramp().megaPascalsPerSecond()) + " MPa/s · hold " + duration(p.hold())
                    + " · decay ≤ " + number(p.maxDecayPercent()) + " %";
            return p.platen().map(t -> s + " · platens " + number(t.celsius()) + " °C").orElse(s);
        }
        if (step instanceof RecipeStep.LoadLayer l) {
            return l.material() + " (" + l.layerName() + ") " + mass(l.target()) + " ± " + mass(l.tolerance())
                    + (l.secondPersonCheck() ? " · second person checks" : "");
        }
        if (step instanceof RecipeStep.Check c) {
            return String.join(" · ", c.items());
        }
        if (step instanceof RecipeStep.Inspect in) {
            return String.join(" · ", in.questions());
        }
        return "";
    }

    /** "LOAD LAYER" for LOAD_LAYER. */
    public static String kind(RecipeStep step) {
        return step.kind().name().replace('_', ' ');
    }
}
