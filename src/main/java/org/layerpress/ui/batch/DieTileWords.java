package org.layerpress.ui.batch;

import org.layerpress.domain.press.DieWear;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.ui.fx.Words;

/**
 * What a die tile on the start page says (docs/dies.md#wear): the id, the bore and rating, and the
 * wear in words ("412 of 500 cycles"). Near its rated cycles the tile adds a mark and the words
 * "near rated cycles", so the warning is read, not only seen as a colour.
 */
public record DieTileWords(String id, String text, boolean nearRatedCycles) {

    /** The mark before "near rated cycles": a sign, not a colour (ISA-101: colour never alone). */
    public static final String WARNING_MARK = "⚠";

    public static DieTileWords of(RegisteredDie die) {
        boolean near = die.wear() == DieWear.NEAR_RATED_CYCLES;
        String text = die.id() + "\n"
                + Words.format("run.die.tile", StepWords.num(die.die().bore().millimetres()), StepWords.fixed(die.die().rating().kiloNewtons(), 1))
                + "\n" + cycles(die)
                + (near ? "\n" + WARNING_MARK + " " + Words.get("run.die.nearRated") : "");
        return new DieTileWords(die.id(), text, near);
    }

    /** "412 of 500 cycles", or "412 cycles, no rating given" when the maker gave none. */
    public static String cycles(RegisteredDie die) {
        return die.ratedCycles().isPresent()
                ? Words.format("run.die.cyclesOf", String.valueOf(die.cycles()), String.valueOf(die.ratedCycles().getAsLong()))
                : Words.format(die.cycles() == 1 ? "run.die.cycle" : "run.die.cycles", String.valueOf(die.cycles()));
    }
}
