package org.layerpress.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.application.press.StandardSignal.HEATER_FAULT;
import static org.layerpress.application.press.StandardSignal.PLATEN_TEMPERATURE_BOTTOM;
import static org.layerpress.application.press.StandardSignal.PLATEN_TEMPERATURE_SETPOINT;
import static org.layerpress.application.press.StandardSignal.PLATEN_TEMPERATURE_TOP;

import org.junit.jupiter.api.Test;

/** The simulated PLC's heated platens under the injected faults: a failed heater and an open thermocouple. */
class HeatedPlatensTest {

    /** Both platens held at 100 °C. */
    private static PressRig atHundredDegrees() {
        PressRig rig = PressRig.exact();
        rig.io.write(PLATEN_TEMPERATURE_SETPOINT, 100);
        rig.run(900);
        assertEquals(100, rig.get(PLATEN_TEMPERATURE_TOP), 0.1);
        return rig;
    }

    @Test
    void aFailedHeaterRaisesHeaterFaultAndItsPlatenCoolsWhileTheOtherHolds() {
        PressRig rig = atHundredDegrees();
        rig.plc.setHeaterFailed(Platen.BOTTOM, true);
        rig.run(120);

        assertEquals(1, rig.get(HEATER_FAULT));
        assertEquals(25 + 75 * Math.exp(-2), rig.get(PLATEN_TEMPERATURE_BOTTOM), 0.1, "two time constants of passive cooling");
        assertEquals(100, rig.get(PLATEN_TEMPERATURE_TOP), 0.1);

        rig.plc.setHeaterFailed(Platen.BOTTOM, false);
        rig.scan();
        assertEquals(0, rig.get(HEATER_FAULT), "repaired");
    }

    @Test
    void anOpenThermocoupleReadsNoNumberAndSwitchesItsHeaterOff() {
        PressRig rig = atHundredDegrees();
        rig.plc.setThermocoupleOpen(Platen.TOP, true);
        rig.run(60);

        assertTrue(Double.isNaN(rig.get(PLATEN_TEMPERATURE_TOP)), "an open thermocouple is never a number: " + rig.get(PLATEN_TEMPERATURE_TOP));
        assertEquals(1, rig.get(HEATER_FAULT));
        assertEquals(25 + 75 * Math.exp(-1), rig.plc.platenTemperature(Platen.TOP), 0.1, "the heater is off: the platen cools");
        assertEquals(100, rig.get(PLATEN_TEMPERATURE_BOTTOM), 0.1);

        rig.plc.setThermocoupleOpen(Platen.TOP, false);
        rig.scan();
        assertEquals(rig.plc.platenTemperature(Platen.TOP), rig.get(PLATEN_TEMPERATURE_TOP), 1e-9, "a new thermocouple reads again");
    }
}
