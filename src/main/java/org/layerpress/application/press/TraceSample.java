package org.layerpress.application.press;

import java.time.Instant;

/**
 * One sample of the PLC's buffered trace (docs/plc-interface.md, section 6), in engineering units.
 *
 * @param number the PLC's sample number n (its {@code count} when it wrote it, extended past 2³²)
 * @param time when the PLC took it: t₀ + (n − n₀) · periodMs, on the PLC's clock
 * @param problem bad data in words (e.g. a raw value outside the valid range); then the values are NaN
 *     and it must not be recorded as a measurement; empty when good
 */
public record TraceSample(long number, Instant time, double forceKiloNewtons, double positionMillimetres, String problem) {

    public TraceSample {
        problem = problem == null ? "" : problem;
    }

    public boolean good() {
        return problem.isEmpty();
    }
}
