package org.layerpress.application.press;

import java.time.Instant;

/**
 * One value of one signal as the PLC reported it, in engineering units (booleans as 1/0).
 *
 * <p>A sample that must not be used as a number has {@code good} false, {@code value} NaN and a
 * {@code problem} in words naming the signal and what arrived: the OPC UA status was not Good, or the
 * PLC sent bad data (another type than the mapping names, a non-finite number, a raw value outside the
 * valid raw range; docs/plc-interface.md, section 7), e.g. "force: the PLC sent String 'abc', the
 * mapping says Double". Bad data is never recorded as a measurement.
 *
 * @param sourceTime when the PLC sampled it (OPC UA source timestamp; falls back to server time)
 * @param receivedNanos {@link System#nanoTime()} when the HMI received it, for latency figures
 * @param good whether the value may be used: status Good and the data as the mapping says
 * @param problem why it may not be used, in words; empty when good
 */
public record PressSample(StandardSignal signal, double value, Instant sourceTime, long receivedNanos, boolean good, String problem) {

    public PressSample {
        problem = problem == null ? "" : problem;
    }

    /** A sample without words for its problem (a good one, or a bad status the caller has no words for). */
    public PressSample(StandardSignal signal, double value, Instant sourceTime, long receivedNanos, boolean good) {
        this(signal, value, sourceTime, receivedNanos, good, "");
    }

    public boolean asBoolean() {
        return value >= 0.5;
    }
}
