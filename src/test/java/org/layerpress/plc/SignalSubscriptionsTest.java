package org.layerpress.plc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.OpcType;

/** Sizing rules of the subscription and the heartbeat counter, without a server. */
class SignalSubscriptionsTest {

    @TempDir
    Path dir;

    @Test
    void publishingFollowsTheFastestSamplingInterval() {
        Map<String, String> signals = TestPlc.signals();
        // Force would sample at its 5 ms default: give it 20 ms so ramPosition's 15 ms is the fastest.
        signals.put("force", "{ node: s=Press.Force, type: Double, access: read, unit: kN, samplingMs: 20 }");
        signals.put("ramPosition", "{ node: s=Press.RamPosition, type: Double, access: read, unit: mm, samplingMs: 15 }");
        SignalSubscriptions subscriptions = new SignalSubscriptions(TestPlc.mapping(dir, "fast", TestPlc.anonymousNone(), signals));
        assertEquals(15.0, subscriptions.publishingMillis());
    }

    @Test
    void queueHoldsEverySampleOfAPublishingIntervalTimesTheSafetyFactor() {
        assertEquals(10, SignalSubscriptions.queueSize(20, 20));
        assertEquals(10, SignalSubscriptions.queueSize(20, 100), "a slow signal still keeps a few");
        assertEquals(50, SignalSubscriptions.queueSize(100, 20), "5 samples per publish, times 10");
        assertEquals(20, SignalSubscriptions.queueSize(25, 20), "a partial sample counts as one");
    }

    @Test
    void heartbeatCounterWrapsInsideItsNodeTypeInsteadOfSticking() {
        assertEquals(0, Heartbeat.wrap(OpcType.INT16, 32_768));
        assertEquals(32_767, Heartbeat.wrap(OpcType.INT16, 32_767));
        assertEquals(0, Heartbeat.wrap(OpcType.UINT16, 65_536));
        assertEquals(1, Heartbeat.wrap(OpcType.UINT32, 4_294_967_297L));
        assertEquals(1, Heartbeat.wrap(OpcType.BOOLEAN, 3), "a Boolean heartbeat toggles");
    }
}
