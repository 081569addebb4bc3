package org.layerpress.domain.batch;

import java.time.Instant;

/** One recorded press sample: PLC source time, force and ram position, as received. */
public record TracePoint(int step, Instant sourceTime, double forceKiloNewtons, double positionMillimetres) {
}
