package org.layerpress.application.batch;

import java.util.Locale;
import java.util.Objects;
import org.layerpress.application.mapping.VesselSpec;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * What the HMI writes to an isostatic vessel for a PRESSURISE or a DEPRESSURISE
 * (docs/plc-interface.md section 12), and the guard in front of it: no vessel pressure above the
 * vessel's rating or the recipe's target + band, and no rate above the vessel's, is ever written.
 * On a warm vessel the heater setpoint is guarded the same way: never above the vessel's
 * {@code maxTemperature} nor the recipe's temperature, and written as 0 to switch the heater off.
 * A refusal writes nothing. Values are written exactly (a value the node's type or scale would clamp
 * is refused by the port, not written). The PLC's relief valve and over-pressure trip stay the safety;
 * this only keeps the HMI from asking for what the recipe and the vessel do not allow.
 */
public final class VesselSetpoints {

    private final PressPort port;
    private final VesselSpec vessel;

    public VesselSetpoints(PressPort port, VesselSpec vessel) {
        this.port = Objects.requireNonNull(port, "port");
        this.vessel = Objects.requireNonNull(vessel, "vessel");
    }

    /** Writes the step's vessel pressure and rate, then start↑; refused, with nothing written, past a limit. */
    public void pressurise(RecipeStep.Pressurise step) throws PressLinkException {
        double target = step.target().megaPascals();
        double rate = step.rate().megaPascalsPerSecond();
        // The value written is the recipe's own target, so it is within the recipe's target + band by construction.
        if (!(target > 0) || target > vessel.maxPressureMegaPascals()) {
            throw new BatchRefusedException(String.format(Locale.ROOT, "not written: a vessel pressure of %s MPa is above the vessel's rating of %s MPa",
                    num(target), num(vessel.maxPressureMegaPascals())));
        }
        requireRate(rate, "pressurising");
        port.writeExactly(StandardSignal.VESSEL_PRESSURE_SETPOINT, target);
        port.writeExactly(StandardSignal.VESSEL_PRESSURE_RATE, rate);
        port.command(StandardSignal.START);
    }

    /** At or below ambient the PLC switches the vessel's heater off (docs/plc-interface.md section 12); 0 is below any ambient. */
    public static final double HEATER_OFF_C = 0;

    /**
     * Writes the warm step's medium temperature as the heater setpoint; refused, with nothing written, on
     * a vessel that is not heated or above its {@code maxTemperature}. The value is the recipe's own
     * temperature, so it is within the recipe's limit by construction.
     */
    public void heat(RecipeStep.Pressurise step) throws PressLinkException {
        double celsius = step.temperature().orElseThrow(() -> new BatchRefusedException("not written: step has no vessel temperature")).celsius();
        double hottest = vessel.maxTemperature().orElseThrow(() -> new BatchRefusedException(
                "not written: a vessel temperature of " + num(celsius) + " °C on a vessel that is not heated (no vessel.maxTemperature)")).celsius();
        if (!(celsius > HEATER_OFF_C) || celsius > hottest) {
            throw new BatchRefusedException(String.format(Locale.ROOT, "not written: a vessel temperature of %s °C is outside the vessel's 0..%s °C (vessel.maxTemperature)",
                    num(celsius), num(hottest)));
        }
        port.writeExactly(StandardSignal.VESSEL_TEMPERATURE_SETPOINT, celsius);
    }

    /** Switches the vessel's heater off (writes {@link #HEATER_OFF_C}); nothing on a vessel whose mapping has no heater setpoint. */
    public static void heaterOff(PressPort port) throws PressLinkException {
        if (port.isMapped(StandardSignal.VESSEL_TEMPERATURE_SETPOINT)) {
            port.writeExactly(StandardSignal.VESSEL_TEMPERATURE_SETPOINT, HEATER_OFF_C);
        }
    }

    /** Writes the step's venting rate, then release↑; refused, with nothing written, above the vessel's rate. */
    public void depressurise(RecipeStep.Depressurise step) throws PressLinkException {
        double rate = step.maxRate().megaPascalsPerSecond();
        requireRate(rate, "venting");
        port.writeExactly(StandardSignal.VESSEL_RELEASE_RATE, rate);
        port.command(StandardSignal.RELEASE);
    }

    private void requireRate(double rate, String what) {
        if (!(rate > 0) || rate > vessel.maxRateMegaPascalsPerSecond()) {
            throw new BatchRefusedException(String.format(Locale.ROOT, "not written: %s at %s MPa/s is outside the vessel's 0..%s MPa/s (vessel.maxRate)",
                    what, num(rate), num(vessel.maxRateMegaPascalsPerSecond())));
        }
    }

    private static String num(double v) {
        return EvidenceNumbers.trimmed(v, 1);
    }
}
