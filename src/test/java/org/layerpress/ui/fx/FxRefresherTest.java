package org.layerpress.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FxRefresherTest {

    private static final long MS = 1_000_000L;

    @Test
    void runsAtMostOncePerIntervalWhateverThePulseRate() {
        AtomicInteger runs = new AtomicInteger();
        FxRefresher refresher = new FxRefresher(Duration.ofMillis(100), runs::incrementAndGet);

        for (long t = 0; t < 1000 * MS; t += 16 * MS) { // a 60 Hz pulse for one second
            refresher.tick(t);
        }

        assertEquals(10, runs.get());
    }

    @Test
    void firstPulseRunsAtOnce() {
        AtomicInteger runs = new AtomicInteger();
        FxRefresher refresher = new FxRefresher(Duration.ofMillis(100), runs::incrementAndGet);

        assertTrue(refresher.tick(5_000 * MS));
        assertFalse(refresher.tick(5_050 * MS));
        assertTrue(refresher.tick(5_100 * MS));
        assertEquals(2, runs.get());
    }

    @Test
    void afterAStallItRunsOnceAndDoesNotCatchUp() {
        AtomicInteger runs = new AtomicInteger();
        FxRefresher refresher = new FxRefresher(Duration.ofMillis(100), runs::incrementAndGet);
        refresher.tick(0);

        assertTrue(refresher.tick(2_000 * MS), "the first pulse after a 2 s stall runs");
        assertFalse(refresher.tick(2_016 * MS), "and the next pulse does not replay the missed runs");
        assertTrue(refresher.tick(2_100 * MS));
    }
}
