package org.layerpress.ui.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalLong;
import org.layerpress.domain.press.DieStatus;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.testing.TestStation;
import org.junit.jupiter.api.Test;

class DieTileWordsTest {

    private static RegisteredDie die(long cycles, OptionalLong rated) {
        return new RegisteredDie(TestStation.DIE, "steel", rated, cycles, Optional.empty(), DieStatus.IN_USE);
    }

    @Test
    void tileSaysBoreRatingAndWearInWords() {
        DieTileWords tile = DieTileWords.of(die(412, OptionalLong.of(500)));

        assertEquals("D10-01\n10 mm, rated 98.1 kN\n412 of 500 cycles", tile.text());
        assertFalse(tile.nearRatedCycles());
    }

    @Test
    void fromNinetyPercentTheTileCarriesTheMarkAndWords() {
        DieTileWords below = DieTileWords.of(die(449, OptionalLong.of(500)));
        DieTileWords at = DieTileWords.of(die(450, OptionalLong.of(500)));

        assertFalse(below.text().contains(DieTileWords.WARNING_MARK));
        assertTrue(at.nearRatedCycles());
        assertTrue(at.text().endsWith("450 of 500 cycles\n" + DieTileWords.WARNING_MARK + " near rated cycles"), at.text());
    }

    @Test
    void aDieWithoutRatedCyclesSaysSoAndIsNeverNear() {
        DieTileWords tile = DieTileWords.of(die(1, OptionalLong.empty()));

        assertTrue(tile.text().endsWith("1 cycle, no rating given"), tile.text());
        assertFalse(tile.nearRatedCycles());
    }
}
