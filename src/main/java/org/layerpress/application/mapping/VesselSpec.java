package org.layerpress.application.mapping;

import java.util.Objects;
import java.util.Optional;
import org.layerpress.domain.units.Temperature;

/**
 * An isostatic vessel's limits, from the mapping's {@code vessel:} section (docs/plc-interface.md
 * section 12). The HMI never writes a vessel setpoint above them; the PLC's relief valve and its own
 * limits stay the safety.
 *
 * @param maxPressureMegaPascals the vessel's rated working pressure
 * @param maxRateMegaPascalsPerSecond the pump's fastest pressurisation (and the fastest vent the HMI asks for)
 * @param maxTemperature the hottest the vessel's heater may be asked for: present on a warm isostatic press (WIP) only
 */
public record VesselSpec(double maxPressureMegaPascals, double maxRateMegaPascalsPerSecond, Optional<Temperature> maxTemperature) {

    public VesselSpec {
        if (!(maxPressureMegaPascals > 0) || Double.isInfinite(maxPressureMegaPascals)) {
            throw new IllegalArgumentException("vessel rating must be finite and above 0 MPa, was " + maxPressureMegaPascals);
        }
        if (!(maxRateMegaPascalsPerSecond > 0) || Double.isInfinite(maxRateMegaPascalsPerSecond)) {
            throw new IllegalArgumentException("vessel rate must be finite and above 0 MPa/s, was " + maxRateMegaPascalsPerSecond);
        }
        Objects.requireNonNull(maxTemperature, "maxTemperature");
    }

    /** Whether the vessel is heated: a warm isostatic press. */
    public boolean warm() {
        return maxTemperature.isPresent();
    }
}
