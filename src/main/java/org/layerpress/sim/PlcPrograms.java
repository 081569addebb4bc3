package org.layerpress.sim;

import org.layerpress.application.mapping.PressMapping;
import org.layerpress.domain.press.PressCapability;

/** The simulated PLC program that fits a mapping's kind of press. */
public final class PlcPrograms {

    private PlcPrograms() {
    }

    /**
     * A hand pump's I/O for a manual pump press, an isostatic vessel's sequence for a vessel-only
     * press, else the automatic press's sequence (with heated platens when mapped).
     */
    public static PlcProgram forMapping(PressMapping mapping) {
        if (mapping.vessel().isPresent() && !mapping.press().has(PressCapability.AUTOMATIC_RAMP_HOLD)) {
            return new IsostaticVesselPlc(IsostaticVesselPlc.Settings.of(mapping));
        }
        if (mapping.press().has(PressCapability.MANUAL_PUMP)) {
            return new ManualPumpPress(ManualPumpPress.Settings.of(mapping));
        }
        return new SimulatedPressPlc(mapping.press());
    }
}
