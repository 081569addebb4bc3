package org.layerpress.ui.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Settings plain, live values with fixed decimals, both as the record writes them. */
class DisplayNumbersTest {

    @Test
    void settingsAndFactsDropNeedlessDecimals() {
        assertEquals("360", DisplayNumbers.plain(360));
        assertEquals("60.5", DisplayNumbers.plain(60.5));
        assertEquals("98.07", DisplayNumbers.plain(98.0665));
        assertEquals("1.25", DisplayNumbers.plain(1.25));
        assertEquals("", DisplayNumbers.plain(Double.NaN), "no value");
    }

    @Test
    void liveValuesKeepTheirDecimalsAndNeverShowMinusZero() {
        assertEquals("28.30", DisplayNumbers.live(28.3, 2));
        assertEquals("88.3", DisplayNumbers.live(88.2598, 1));
        assertEquals("0.0", DisplayNumbers.live(-0.02, 1), "a sensor's noise around zero reads 0.0");
        assertEquals("0.00", DisplayNumbers.live(-0.0, 2));
        assertEquals("1250", DisplayNumbers.live(1249.5, 0), "half up");
    }

    @Test
    void aLiveForceInsideTheAtRestBandIsZeroAndOutsideItIsAsRead() {
        assertEquals(0.0, DisplayNumbers.forceShown(-0.01));
        assertEquals(0.0, DisplayNumbers.forceShown(0.0499));
        assertEquals(0.05, DisplayNumbers.forceShown(0.05));
        assertEquals(-0.2, DisplayNumbers.forceShown(-0.2));
        assertEquals(28.27, DisplayNumbers.forceShown(28.27));
        assertEquals(Double.NaN, DisplayNumbers.forceShown(Double.NaN), "no value stays no value");
    }
}
