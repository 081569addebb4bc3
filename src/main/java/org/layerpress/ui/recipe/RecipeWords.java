package org.layerpress.ui.recipe;

import java.time.Duration;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.domain.units.Mass;
import org.layerpress.domain.units.Pressure;
import org.layerpress.ui.controls.DisplayNumbers;
import org.layerpress.ui.fx.Words;

/**
 * How recipe values read on screen: every number with its unit, force in kN and metric tonne-force
 * ("t", 9.80665 kN), no needless decimals ({@link DisplayNumbers#plain}), in the reader's language and
 * decimal mark ({@link Words}). Names people wrote (materials, layers, checklist items) are shown as written.
 */
public final class RecipeWords {

    private RecipeWords() {
    }

    /** The chip word: DRAFT, IN REVIEW, APPROVED, RETIRED (APPROVED also carries a lock glyph). */
    public static String status(RecipeStatus status) {
        return Words.get("recipe.status." + status.name());
    }

    /** A number already made by {@link DisplayNumbers} or {@link EvidenceNumbers}, with the reader's decimal mark. */
    static String number(String dotted) {
        return Words.decimals(dotted);
    }

    /** {@link DisplayNumbers#plain} with the reader's decimal mark. */
    static String plain(double v) {
        return number(DisplayNumbers.plain(v));
    }

    /** "28.27 kN (2.88 t)" */
    public static String force(Force f) {
        return kiloNewtons(f) + " (" + tonnes(f) + ")";
    }

    /**
     * "28.27 kN". A force is worked out from a pressure and a bore, so it keeps its two decimals even
     * when round ("10.00 t"): it reads as computed to 0.01, not as a round number someone typed.
     */
    public static String kiloNewtons(Force f) {
        return number(EvidenceNumbers.fixed(f.kiloNewtons(), 2)) + " kN";
    }

    /** "2.88 t" (metric tonne-force), two decimals as {@link #kiloNewtons}. */
    public static String tonnes(Force f) {
        return number(EvidenceNumbers.fixed(f.in(ForceUnit.TONNE_FORCE), 2)) + " t";
    }

    /** "360 MPa" */
    public static String pressure(Pressure p) {
        return plain(p.megaPascals()) + " MPa";
    }

    /** "60 mg" */
    public static String mass(Mass m) {
        return plain(m.milligrams()) + " mg";
    }

    /** "29.6 %" */
    public static String percent(double p) {
        return number(EvidenceNumbers.fixed(p, 1)) + " %";
    }

    /** "2 min", "45 s", "1 min 30 s" */
    public static String duration(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        return s % 60 == 0 ? s / 60 + " min" : s / 60 + " min " + s % 60 + " s";
    }

    /** "10 mm bore · rated 98.07 kN (10.00 t) = 1249 MPa" */
    public static String die(DieSpec die) {
        return Words.format("recipe.die", plain(die.bore().millimetres()), force(die.rating()),
                EvidenceNumbers.fixed(die.ratedPressure().megaPascals(), 0));
    }

    /** "model · capacity 294.20 kN (30.00 t) · ramp up to 20 kN/s" */
    public static String press(PressProfile press) {
        return Words.format("recipe.press", press.model(), force(press.capacity()), plain(press.maxRampKiloNewtonsPerSecond()));
    }

    /** One line of a step's settings, units included. */
    public static String settings(RecipeStep step) {
        if (step instanceof RecipeStep.Press p) {
            String s = Words.format("recipe.settings.press", pressure(p.target()), plain(p.band().megaPascals()),
                    plain(p.ramp().megaPascalsPerSecond()), duration(p.hold()), plain(p.maxDecayPercent()));
            return p.platen().map(t -> s + Words.format("recipe.settings.platens", plain(t.celsius()))).orElse(s);
        }
        if (step instanceof RecipeStep.LoadLayer l) {
            return l.material() + " (" + l.layerName() + ") " + mass(l.target()) + " ± " + mass(l.tolerance())
                    + (l.secondPersonCheck() ? Words.get("recipe.settings.secondPerson") : "");
        }
        if (step instanceof RecipeStep.Check c) {
            return String.join(" · ", c.items());
        }
        if (step instanceof RecipeStep.Inspect in) {
            return String.join(" · ", in.questions());
        }
        return "";
    }

    /** "LOAD LAYER" for LOAD_LAYER; the operator's step name in other languages ("Befüllen"). */
    public static String kind(RecipeStep step) {
        return Words.get("recipe.kind." + step.kind().name());
    }
}
