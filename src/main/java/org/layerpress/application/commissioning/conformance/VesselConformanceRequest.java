package org.layerpress.application.commissioning.conformance;

import java.util.Locale;
import org.layerpress.application.mapping.VesselSpec;

/**
 * What a conformance check may do to an isostatic vessel (docs/plc-interface.md, sections 9 and 12):
 * the pressure of its cycles (small: nothing is in the vessel) and how long it watches a hold.
 * Refused (an {@link IllegalArgumentException} starting "refused:") without the operator's word that
 * the vessel is clear, or with a pressure outside (0, vessel.maxPressure].
 */
public record VesselConformanceRequest(double pressureMegaPascals, double holdSeconds, VesselSpec vessel) {

    /** The check's default: 10 % of the vessel's rating, at most 10 MPa. */
    public static double defaultPressure(VesselSpec vessel) {
        return Math.min(10, vessel.maxPressureMegaPascals() * 0.10);
    }

    public VesselConformanceRequest(double pressureMegaPascals, double holdSeconds, VesselSpec vessel, boolean confirmedClear) {
        this(pressureMegaPascals, holdSeconds, vessel);
        if (!confirmedClear) {
            throw new IllegalArgumentException("refused: the conformance check pressurises the vessel; confirm it is clear with --confirm-press-clear");
        }
    }

    public VesselConformanceRequest {
        if (!(pressureMegaPascals > 0) || Double.isInfinite(pressureMegaPascals)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "refused: check pressure must be above 0 MPa, was %s MPa", pressureMegaPascals));
        }
        if (pressureMegaPascals > vessel.maxPressureMegaPascals()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "refused: %.1f MPa is above the vessel's rating of %.1f MPa (vessel.maxPressure)",
                    pressureMegaPascals, vessel.maxPressureMegaPascals()));
        }
        if (!(holdSeconds >= 0.5) || holdSeconds > 60) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "refused: hold must be 0.5..60 s, was %.2f s", holdSeconds));
        }
    }
}
