package org.layerpress.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.application.press.StandardSignal.FORCE;
import static org.layerpress.application.press.StandardSignal.OIL_PRESSURE;
import static org.layerpress.application.press.StandardSignal.HEATER_FAULT;
import static org.layerpress.application.press.StandardSignal.PLATEN_TEMPERATURE_BOTTOM;
import static org.layerpress.application.press.StandardSignal.PLATEN_TEMPERATURE_SETPOINT;
import static org.layerpress.application.press.StandardSignal.PLATEN_TEMPERATURE_TOP;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Platen temperature, oil pressure and load-cell noise. */
class PlantSignalsTest {

    @Test
    void bothPlatensApproachANearSetpointWithFirstOrderLag() {
        // 40 °C is within the heater's power from 25 °C (15 °C / 60 s < 0.3 °C/s): the lag alone.
        PressRig rig = PressRig.exact();
        rig.io.write(PLATEN_TEMPERATURE_SETPOINT, 40);
        rig.scan();
        assertEquals(25, rig.get(PLATEN_TEMPERATURE_TOP), 0.01);
        rig.run(60 - PressRig.DT);
        assertEquals(25 + 15 * (1 - Math.exp(-1)), rig.get(PLATEN_TEMPERATURE_TOP), 0.05, "one time constant");
        assertEquals(rig.get(PLATEN_TEMPERATURE_TOP), rig.get(PLATEN_TEMPERATURE_BOTTOM), 1e-9, "both platens alike");
        rig.run(300);
        assertEquals(40, rig.get(PLATEN_TEMPERATURE_TOP), 0.1);
        assertEquals(0, rig.get(HEATER_FAULT));
    }

    @Test
    void platenCoolsToAmbientWhenSetpointIsOff() {
        PressRig rig = PressRig.exact();
        rig.io.write(PLATEN_TEMPERATURE_SETPOINT, 80);
        rig.run(300);
        rig.io.write(PLATEN_TEMPERATURE_SETPOINT, 0);
        rig.run(600);
        assertEquals(25, rig.get(PLATEN_TEMPERATURE_TOP), 0.1);
    }

    @Test
    void noPlatenTemperatureIsPublishedWhenTheMappingHasNone() {
        PressRig rig = new PressRig(InMemoryPlcIo.without(PLATEN_TEMPERATURE_TOP, PLATEN_TEMPERATURE_BOTTOM, HEATER_FAULT,
                PLATEN_TEMPERATURE_SETPOINT, OIL_PRESSURE),
                SimulatedPressPlc.Settings.defaults().withForceNoise(0));
        rig.pressToHold(30, 10, 1);
        assertFalse(rig.io.written(PLATEN_TEMPERATURE_TOP));
        assertFalse(rig.io.written(HEATER_FAULT));
        assertFalse(rig.io.written(OIL_PRESSURE));
    }

    @Test
    void oilPressureFollowsForceThroughRamArea() {
        PressRig rig = PressRig.exact();
        rig.pressToHold(30, 10, 60);
        double area = Math.PI * 75 * 75 / 4;
        assertEquals(rig.plc.realForce() * 1000 / area * 10, rig.get(OIL_PRESSURE), 1e-9);
        assertEquals(67.9, rig.get(OIL_PRESSURE), 0.5, "30 kN on a 75 mm ram");
    }

    @Test
    void forceReadingIsNoisyWithinAmplitudeAndRepeatableForASeed() {
        List<Double> first = idleReadings(7);
        assertTrue(first.stream().allMatch(f -> Math.abs(f) <= 0.01), "within ±0.01 kN");
        assertNotEquals(first.get(0), first.get(1));
        assertEquals(first, idleReadings(7));
    }

    private static List<Double> idleReadings(long seed) {
        PressRig rig = new PressRig(new InMemoryPlcIo(), SimulatedPressPlc.Settings.defaults().withSeed(seed));
        List<Double> readings = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rig.scan();
            readings.add(rig.get(FORCE));
        }
        return readings;
    }

    @Test
    void noisyPressHoldingAtCapacityDoesNotTripOverPressure() {
        PressRig rig = new PressRig(new InMemoryPlcIo(), SimulatedPressPlc.Settings.defaults());
        rig.pressToHold(PressRig.CAPACITY, 20, 30);
        rig.run(30);
        assertEquals(FaultCode.NONE, rig.plc.faultCode());
    }

    @Test
    void faultCodesKeepTheirNumbers() {
        int[] expected = {0, 1, 2, 3, 4, 5, 6};
        FaultCode[] codes = {FaultCode.NONE, FaultCode.DOOR_OPENED, FaultCode.ESTOP, FaultCode.HEARTBEAT_LOST,
                FaultCode.OVER_PRESSURE, FaultCode.SETPOINT_OUT_OF_RANGE, FaultCode.SENSOR_FAULT};
        for (int i = 0; i < codes.length; i++) {
            assertEquals(expected[i], codes[i].code());
            assertEquals(codes[i], FaultCode.ofCode(expected[i]));
        }
    }
}
