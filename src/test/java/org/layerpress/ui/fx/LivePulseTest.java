package org.layerpress.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Live values on the first pulse after a change, once per pulse however many changes; the rest at its own bounded rate. */
class LivePulseTest {

    private static final long MS = 1_000_000L;

    @Test
    void theLiveTaskRunsOnThePulseAfterAChangeAndOnlyThen() {
        AtomicLong changes = new AtomicLong();
        AtomicInteger live = new AtomicInteger();
        AtomicInteger slow = new AtomicInteger();
        LivePulse pulse = new LivePulse(changes::get, live::incrementAndGet, Duration.ofMillis(100), slow::incrementAndGet);

        assertTrue(pulse.tick(0), "the first pulse paints whatever is there");
        assertFalse(pulse.tick(16 * MS), "nothing changed: nothing to paint");
        changes.addAndGet(250); // a burst of samples between two pulses
        assertTrue(pulse.tick(33 * MS));
        assertFalse(pulse.tick(50 * MS));
        assertEquals(2, live.get(), "one run per pulse with a change, not one per sample");

        for (long t = 66; t < 1000; t += 16) { // a second of 60 Hz pulses, a change before each
            changes.incrementAndGet();
            pulse.tick(t * MS);
        }
        assertEquals(2 + 59, live.get());
        assertEquals(10, slow.get(), "the slow task keeps its 10 Hz");
    }
}
