package org.layerpress.application.press;

import java.time.Instant;

/**
 * One value of one signal as the PLC reported it, in engineering units (booleans as 1/0).
 *
 * @param sourceTime when the PLC sampled it (OPC UA source timestamp; falls back to server time)
 * @param receivedNanos {@link System#nanoTime()} when the HMI received it, for latency figures
 * @param good whether the OPC UA status was Good
 */
public record PressSample(StandardSignal signal, double value, Instant sourceTime, long receivedNanos, boolean good) {

    public boolean asBoolean() {
        return value >= 0.5;
    }
}
