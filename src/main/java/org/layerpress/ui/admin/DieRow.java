package org.layerpress.ui.admin;

import org.layerpress.domain.press.DieStatus;
import org.layerpress.domain.press.DieWear;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.ui.batch.DieTileWords;
import org.layerpress.ui.batch.StepWords;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.Words;

/**
 * One die of the registry as the Dies screen lists it: every field in words with its unit, and the
 * status as a word (never a colour alone). Near or at its rated cycles the wear line says so.
 */
public record DieRow(RegisteredDie die) {

    public String id() {
        return die.id();
    }

    /** "10 mm bore, rated 98.1 kN (10.0 t)": the force in kN as kept, and in tonnes-force as press makers rate dies. */
    public String specText() {
        double kN = die.die().rating().kiloNewtons();
        return Words.format("dies.spec", StepWords.num(die.die().bore().millimetres()), StepWords.fixed(kN, 1),
                StepWords.fixed(die.die().rating().in(ForceUnit.TONNE_FORCE), 1), TapPicker.shown(die.material()));
    }

    /** "412 of 500 cycles, highest 80.0 kN", with the wear in words when near or at the rating. */
    public String wearText() {
        String highest = die.highestForce().map(f -> Words.format("dies.highest", StepWords.fixed(f.kiloNewtons(), 1)))
                .orElse(Words.get("dies.highestNone"));
        String wear = switch (die.wear()) {
            case FINE -> "";
            case NEAR_RATED_CYCLES -> " " + DieTileWords.WARNING_MARK + " " + Words.get("dies.wear.near");
            case AT_RATED_CYCLES -> " " + DieTileWords.WARNING_MARK + " " + Words.get("dies.wear.at");
        };
        return DieTileWords.cycles(die) + ", " + highest + wear;
    }

    public String statusText() {
        return words(die.status());
    }

    /** Abnormal: out of use, retired, or near or at its rated cycles (the row carries a mark and words then). */
    public boolean abnormal() {
        return die.status() != DieStatus.IN_USE || die.wear() != DieWear.FINE;
    }

    public static String words(DieStatus status) {
        return switch (status) {
            case IN_USE -> Words.get("dies.status.IN_USE");
            case OUT_FOR_REPAIR -> Words.get("dies.status.OUT_FOR_REPAIR");
            case RETIRED -> Words.get("dies.status.RETIRED");
        };
    }
}
