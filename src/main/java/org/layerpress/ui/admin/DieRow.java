package org.layerpress.ui.admin;

import java.util.Locale;
import org.layerpress.domain.press.DieStatus;
import org.layerpress.domain.press.DieWear;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.ui.batch.DieTileWords;
import org.layerpress.ui.controls.DisplayNumbers;

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
        return String.format(Locale.ROOT, "%s mm bore, rated %.1f kN (%.1f t), %s", DisplayNumbers.plain(die.die().bore().millimetres()), kN,
                die.die().rating().in(ForceUnit.TONNE_FORCE), die.material());
    }

    /** "412 of 500 cycles, highest 80.0 kN", with the wear in words when near or at the rating. */
    public String wearText() {
        String highest = die.highestForce().map(f -> String.format(Locale.ROOT, "highest %.1f kN", f.kiloNewtons())).orElse("highest none recorded");
        String wear = switch (die.wear()) {
            case FINE -> "";
            case NEAR_RATED_CYCLES -> " " + DieTileWords.WARNING_MARK + " near rated cycles";
            case AT_RATED_CYCLES -> " " + DieTileWords.WARNING_MARK + " worn to its rating";
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
            case IN_USE -> "In use";
            case OUT_FOR_REPAIR -> "Out for repair";
            case RETIRED -> "Retired";
        };
    }
}
