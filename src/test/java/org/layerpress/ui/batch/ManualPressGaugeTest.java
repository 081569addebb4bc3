package org.layerpress.ui.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.layerpress.application.batch.ManualProgress;

/** The gauge and the big words of a PRESS step pumped by hand: 360 ± 20 MPa, hold 60 s, die rated 1249 MPa. */
class ManualPressGaugeTest {

    private static ManualProgress pumping() {
        return new ManualProgress(4, 360, 340, 380, 1249, 60, OptionalDouble.empty());
    }

    private static ManualProgress held(double seconds) {
        return new ManualProgress(4, 360, 340, 380, 1249, 60, OptionalDouble.of(seconds));
    }

    @Test
    void beforeTheBandTheOperatorIsToldWhatToPumpTo() {
        ManualPressGauge g = ManualPressGauge.of(pumping(), 200);
        assertEquals("Pump to 360 MPa", g.words());
        assertEquals(ManualPressGauge.Level.BELOW_BAND, g.level());
        assertEquals(600, g.scaleMegaPascals(), "the band's top at two thirds, rounded up to 50 MPa");
        assertEquals(200 / 600.0, g.fraction(), 1e-9);
        assertFalse(g.ratingOnScale(), "a 10 t die in 10 mm is far off this scale");
    }

    @Test
    void duringTheHoldTheCountdownIsShownWithTheReminderToTopUp() {
        assertEquals("Hold: 42 s left \u2014 top up if below band", ManualPressGauge.of(held(18), 365).words());
        ManualPressGauge low = ManualPressGauge.of(held(17.5), 330);
        assertEquals(ManualPressGauge.Level.BELOW_BAND, low.level());
        assertEquals("Top up to 360 MPa. Hold: 43 s left", low.words());
    }

    @Test
    void aboveTheBandOrTheRatingTheWordsSayStop() {
        ManualPressGauge over = ManualPressGauge.of(pumping(), 390);
        assertEquals(ManualPressGauge.Level.OVER_BAND, over.level());
        assertEquals("Stop pumping: above 380 MPa", over.words());
        ManualPressGauge rated = ManualPressGauge.of(pumping(), 1300);
        assertEquals(ManualPressGauge.Level.OVER_RATING, rated.level());
        assertTrue(rated.words().startsWith("STOP: above the die's rating of 1249 MPa"), rated.words());
        assertEquals(1, rated.fraction(), "the needle stops at the end of the scale");
    }

    @Test
    void whenTheHoldIsOverTheOperatorIsToldToRelease() {
        assertEquals("Release now", ManualPressGauge.of(held(60), 361).words());
    }

    @Test
    void withoutALiveReadingNothingIsShownAsANumber() {
        ManualPressGauge g = ManualPressGauge.of(held(5), Double.NaN);
        assertEquals(ManualPressGauge.Level.STALE, g.level());
        assertEquals("No pressure reading: stop pumping", g.words());
        assertEquals(0, g.fraction());
    }
}
