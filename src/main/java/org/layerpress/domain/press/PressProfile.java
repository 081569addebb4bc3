package org.layerpress.domain.press;

import java.util.Set;
import org.layerpress.domain.units.Force;

/**
 * The press as a recipe sees it: rated capacity, the fastest force ramp its pump allows, and its
 * capabilities. Comes from the press's plc-mapping file.
 */
public record PressProfile(String model, Force capacity, double maxRampKiloNewtonsPerSecond, Set<PressCapability> capabilities) {

    public PressProfile {
        if (capacity.kiloNewtons() <= 0) {
            throw new IllegalArgumentException("press capacity must be positive, was " + capacity);
        }
        if (!(maxRampKiloNewtonsPerSecond > 0)) {
            throw new IllegalArgumentException("press max ramp must be positive, was " + maxRampKiloNewtonsPerSecond + " kN/s");
        }
        capabilities = Set.copyOf(capabilities);
    }

    public boolean has(PressCapability capability) {
        return capabilities.contains(capability);
    }
}
