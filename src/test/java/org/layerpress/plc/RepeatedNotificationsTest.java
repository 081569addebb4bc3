package org.layerpress.plc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.junit.jupiter.api.Test;

/** A notification handed over a second time (a republished message) is dropped; real samples never are. */
class RepeatedNotificationsTest {

    private static DataValue sample(double value, long tick) {
        DateTime t = new DateTime(133_000_000_000_000_000L + tick * 10_000);
        return new DataValue(new Variant(value), StatusCode.GOOD, t, t);
    }

    @Test
    void aMessageDeliveredTwiceReachesTheListenersOnce() {
        RepeatedNotifications repeats = new RepeatedNotifications();
        assertTrue(repeats.firstTime(sample(7.852, 1)));
        assertTrue(repeats.firstTime(sample(7.844, 2)));
        assertFalse(repeats.firstTime(sample(7.852, 1)), "the same notification again");
        assertFalse(repeats.firstTime(sample(7.844, 2)));
        assertTrue(repeats.firstTime(sample(7.852, 3)), "the same value sampled again later is a new sample");
    }

    @Test
    void onlyTheLastFewHundredAreRemembered() {
        RepeatedNotifications repeats = new RepeatedNotifications();
        for (int i = 0; i < RepeatedNotifications.REMEMBERED + 10; i++) {
            assertTrue(repeats.firstTime(sample(i, i)));
        }
        assertTrue(repeats.firstTime(sample(0, 0)), "long forgotten");
        assertFalse(repeats.firstTime(sample(RepeatedNotifications.REMEMBERED, RepeatedNotifications.REMEMBERED)));
    }

    @Test
    void valuesWithoutTimestampsAreAlwaysNew() {
        RepeatedNotifications repeats = new RepeatedNotifications();
        DataValue bare = new DataValue(new Variant(1.0), StatusCode.GOOD, null, null);
        assertTrue(repeats.firstTime(bare));
        assertTrue(repeats.firstTime(bare));
    }
}
