package org.layerpress.application.commissioning;

import java.util.OptionalLong;

/**
 * What the conformance check needs of the HMI's heartbeat besides the press port: when the PLC
 * acknowledged it, and a way to withhold it on purpose to see the PLC's watchdog work. Only for
 * commissioning; the adapter that beats implements it.
 */
public interface HeartbeatProbe {

    /** {@link System#nanoTime()} when this session's first beat was acknowledged Good. */
    OptionalLong firstBeatAcknowledgedNanos();

    /** {@link System#nanoTime()} of the latest beat acknowledged Good. */
    OptionalLong lastBeatAcknowledgedNanos();

    /** Stops beating (true) or beats again at once and every second after (false). */
    void withholdBeats(boolean withhold);
}
