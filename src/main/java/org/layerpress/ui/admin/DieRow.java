package org.layerpress.ui.admin;

import java.util.OptionalLong;
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
 * status as a word (never a colour alone). Near or at its rated cycles the wear line says so. With a central copy the
 * line gives the die's count here and over every station as of the last pull (docs/dies.md).
 */
public record DieRow(RegisteredDie die, OptionalLong siteCycles) {

    /** A die of a station without a central copy, or one central has not counted: its own count alone. */
    public DieRow(RegisteredDie die) {
        this(die, OptionalLong.empty());
    }

    public String id() {
        return die.id();
    }

    /** "10 mm bore, rated 98.1 kN (10.0 t)": the force in kN as kept, and in tonnes-force as press makers rate dies. */
    public String specText() {
        double kN = die.die().rating().kiloNewtons();
        return Words.format("dies.spec", StepWords.num(die.die().bore().millimetres()), StepWords.fixed(kN, 1),
                StepWords.fixed(die.die().rating().in(ForceUnit.TONNE_FORCE), 1), TapPicker.shown(die.material()));
    }

    /**
     * "412 of 500 cycles, highest 80.0 kN", or with a central copy "here 412 cycles, all stations 480, rated 500, highest
     * 80.0 kN", with the wear in words when near or at the rating (judged as the batch start judges it).
     */
    public String wearText() {
        String highest = die.highestForce().map(f -> Words.format("dies.highest", StepWords.fixed(f.kiloNewtons(), 1)))
                .orElse(Words.get("dies.highestNone"));
        String cycles = siteCycles.isEmpty() ? DieTileWords.cycles(die)
                : Words.format("dies.cycles.site", String.valueOf(die.cycles()), String.valueOf(siteCycles.getAsLong()))
                        + (die.ratedCycles().isPresent() ? ", " + Words.format("dies.cycles.rated", String.valueOf(die.ratedCycles().getAsLong())) : "");
        String wear = switch (wear()) {
            case FINE -> "";
            case NEAR_RATED_CYCLES -> " " + DieTileWords.WARNING_MARK + " " + Words.get("dies.wear.near");
            case AT_RATED_CYCLES -> " " + DieTileWords.WARNING_MARK + " " + Words.get("dies.wear.at");
        };
        return cycles + ", " + highest + wear;
    }

    /** The wear of the larger of the die's own count and its count over every station, as the batch start judges it. */
    public DieWear wear() {
        return DieWear.of(Math.max(die.cycles(), siteCycles.orElse(0)), die.ratedCycles());
    }

    public String statusText() {
        return words(die.status());
    }

    /** Abnormal: out of use, retired, or near or at its rated cycles (the row carries a mark and words then). */
    public boolean abnormal() {
        return die.status() != DieStatus.IN_USE || wear() != DieWear.FINE;
    }

    public static String words(DieStatus status) {
        return switch (status) {
            case IN_USE -> Words.get("dies.status.IN_USE");
            case OUT_FOR_REPAIR -> Words.get("dies.status.OUT_FOR_REPAIR");
            case RETIRED -> Words.get("dies.status.RETIRED");
        };
    }
}
