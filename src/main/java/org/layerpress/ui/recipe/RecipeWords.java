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

/**
 * How recipe values read on screen: every number with its unit, force in kN and metric tonne-force
 * ("t", 9.80665 kN), no needless decimals ({@link DisplayNumbers#plain}).
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

    /**
     * "28.27 kN". A force is worked out from a pressure and a bore, so it keeps its two decimals even
     * when round ("10.00 t"): it reads as computed to 0.01, not as a round number someone typed.
     */
    public static String kiloNewtons(Force f) {
        return EvidenceNumbers.fixed(f.kiloNewtons(), 2) + " kN";
    }

    /** "2.88 t" (metric tonne-force), two decimals as {@link #kiloNewtons}. */
    public static String tonnes(Force f) {
        return EvidenceNumbers.fixed(f.in(ForceUnit.TONNE_FORCE), 2) + " t";
    }

    /** "360 MPa" */
    public static String pressure(Pressure p) {
        return DisplayNumbers.plain(p.megaPascals()) + " MPa";
    }

    /** "60 mg" */
    public static String mass(Mass m) {
        return DisplayNumbers.plain(m.milligrams()) + " mg";
    }

    /** "29.6 %" */
    public static String percent(double p) {
        return EvidenceNumbers.fixed(p, 1) + " %";
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
        return DisplayNumbers.plain(die.bore().millimetres()) + " mm bore · rated " + force(die.rating())
                + " = " + EvidenceNumbers.fixed(die.ratedPressure().megaPascals(), 0) + " MPa";
    }

    /** "model · capacity 294.20 kN (30.00 t) · ramp up to 20 kN/s" */
    public static String press(PressProfile press) {
        return press.model() + " · capacity " + force(press.capacity()) + " · ramp up to "
                + DisplayNumbers.plain(press.maxRampKiloNewtonsPerSecond()) + " kN/s";
    }

    /** One line of a step's settings, units included. */
    public static String settings(RecipeStep step) {
        if (step instanceof RecipeStep.Press p) {
            String s = pressure(p.target()) + " ± " + DisplayNumbers.plain(p.band().megaPascals()) + " MPa · ramp "
                    + DisplayNumbers.plain(p.ramp().megaPascalsPerSecond()) + " MPa/s · hold " + duration(p.hold())
                    + " · decay ≤ " + DisplayNumbers.plain(p.maxDecayPercent()) + " %";
            return p.platen().map(t -> s + " · platens " + DisplayNumbers.plain(t.celsius()) + " °C").orElse(s);
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
