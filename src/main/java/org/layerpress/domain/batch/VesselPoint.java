package org.layerpress.domain.batch;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One recorded sample of an isostatic vessel: PLC source time and vessel pressure in MPa, as
 * received, and on a warm isostatic press the medium's temperature in force then. A vessel pressure
 * is the pellet's pressure on all sides, not a force: it has its own trace (never a {@link TracePoint}).
 *
 * @param temperatureCelsius empty when no temperature was read (a CIP, or an open thermocouple): never a made-up number
 */
public record VesselPoint(int step, Instant sourceTime, double pressureMegaPascals, OptionalDouble temperatureCelsius) {

    public VesselPoint {
        Objects.requireNonNull(sourceTime, "sourceTime");
        Objects.requireNonNull(temperatureCelsius, "temperatureCelsius");
        if (!Double.isFinite(pressureMegaPascals)) {
            throw new IllegalArgumentException("a vessel pressure that is not a number is a gap, not a sample (step " + step + ")");
        }
        if (temperatureCelsius.isPresent() && !Double.isFinite(temperatureCelsius.getAsDouble())) {
            throw new IllegalArgumentException("a vessel temperature that is not a number is no reading, not a sample (step " + step + ")");
        }
    }
}
