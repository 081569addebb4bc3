package org.layerpress.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.application.press.StandardSignal.HEARTBEAT;
import static org.layerpress.application.press.StandardSignal.LID_LOCKED;
import static org.layerpress.application.press.StandardSignal.PRESSURE_RELEASED;
import static org.layerpress.application.press.StandardSignal.READY;
import static org.layerpress.application.press.StandardSignal.RELEASE;
import static org.layerpress.application.press.StandardSignal.START;
import static org.layerpress.application.press.StandardSignal.UNLOCK_LID;
import static org.layerpress.application.press.StandardSignal.VESSEL_PRESSURE;
import static org.layerpress.application.press.StandardSignal.VESSEL_PRESSURE_RATE;
import static org.layerpress.application.press.StandardSignal.VESSEL_PRESSURE_SETPOINT;
import static org.layerpress.application.press.StandardSignal.VESSEL_RELEASE_RATE;
import static org.layerpress.application.press.StandardSignal.VESSEL_TEMPERATURE;
import static org.layerpress.application.press.StandardSignal.VESSEL_TEMPERATURE_SETPOINT;

import org.junit.jupiter.api.Test;

/** The simulated isostatic vessel's PLC: its sequence, the lid interlock, the leak, the heater and its two faults. */
class IsostaticVesselPlcTest {

    private static final double DT = 0.01;
    /** A 600 MPa vessel, pump 5 MPa/s, heater to 150 °C, 3 s watchdog. */
    private static final IsostaticVesselPlc.Settings WIP = new IsostaticVesselPlc.Settings(600, 5, 150, 3);

    private final InMemoryPlcIo io = new InMemoryPlcIo();
    private final IsostaticVesselPlc plc = new IsostaticVesselPlc(WIP);
    private double beat;

    /** Runs the PLC for simulated seconds, with the HMI's heartbeat changing every scan. */
    private void run(double seconds) {
        for (double t = 0; t < seconds; t += DT) {
            io.write(HEARTBEAT, ++beat);
            plc.scan(DT, io);
        }
    }

    private void pressurise(double megaPascals, double rate) {
        io.write(VESSEL_PRESSURE_SETPOINT, megaPascals);
        io.write(VESSEL_PRESSURE_RATE, rate);
        run(0.1);
        io.fire(START);
        run(0.02);
    }

    @Test
    void pressurisesAtTheLatchedRateHoldsAgainstTheLeakAndVentsAtTheReleaseRate() {
        run(0.1);
        assertEquals(1, io.get(READY), "ready with the lid locked, e-stop OK and the heartbeat fresh");
        pressurise(200, 4);
        run(25);
        assertEquals(IsostaticVesselPlc.State.PRESSURISING, plc.state(), "200 MPa at 4 MPa/s takes 50 s, not 25");
        assertEquals(100, plc.pressure(), 3, "half way after 25 s at 4 MPa/s");

        run(60);
        assertEquals(IsostaticVesselPlc.State.HOLDING, plc.state());
        assertEquals(200, io.get(VESSEL_PRESSURE), IsostaticVesselPlc.band(200), "the pump tops up the healthy leak within the band");

        io.write(VESSEL_RELEASE_RATE, 2);
        io.fire(RELEASE);
        run(50);
        assertEquals(IsostaticVesselPlc.State.DEPRESSURISING, plc.state(), "200 MPa at 2 MPa/s takes about 100 s");
        assertTrue(plc.pressure() > 80 && plc.pressure() < 110, plc.pressure() + " MPa after 50 s of venting at 2 MPa/s");
        run(60);
        assertEquals(IsostaticVesselPlc.State.IDLE, plc.state());
        assertEquals(1, io.get(PRESSURE_RELEASED));
    }

    @Test
    void aFailedSealLeaksFasterThanThePumpCanMakeUpSoTheHoldFallsBelowTheBand() {
        pressurise(400, 5);
        run(90);
        assertEquals(IsostaticVesselPlc.State.HOLDING, plc.state());
        plc.setSealLeak(true);
        run(10);
        assertTrue(plc.pressure() < 400 - IsostaticVesselPlc.band(400) * 5, plc.pressure() + " MPa: a 5 %/s leak at 400 MPa is 20 MPa/s against a 5 MPa/s pump");
        assertEquals(FaultCode.NONE, plc.fault(), "a pressure below band is the HMI's finding, not a PLC fault");
    }

    @Test
    void aRunawayPumpPastTheRatingLatchesOverPressureAndVents() {
        pressurise(590, 5);
        plc.injectPumpRunaway();
        run(130);
        assertEquals(FaultCode.OVER_PRESSURE, plc.fault());
        assertTrue(plc.pressure() <= 600 * 1.05, "the relief valve caps it");
        run(150);
        assertEquals(IsostaticVesselPlc.State.IDLE, plc.state(), "vented after the fault");
        assertEquals(0, io.get(READY), "a latched fault keeps ready low");
    }

    @Test
    void theLidDoesNotUnlockUnderPressureAndALockSwitchOpeningThenLatchesFaultOne() {
        pressurise(100, 5);
        run(5);
        io.fire(UNLOCK_LID);
        run(0.1);
        assertEquals(1, io.get(LID_LOCKED), "the interlock keeps the lid locked until the vessel is vented");

        plc.setLidSwitchFailed(true);
        run(0.1);
        assertEquals(FaultCode.DOOR_OPENED, plc.fault());
        assertEquals(IsostaticVesselPlc.State.DEPRESSURISING, plc.state());
    }

    @Test
    void startIsIgnoredWithTheLidUnlockedAndASetpointAboveTheRatingLatchesFaultFive() {
        run(0.1);
        io.fire(UNLOCK_LID);
        run(0.1);
        assertEquals(0, io.get(LID_LOCKED));
        assertEquals(0, io.get(READY));
        pressurise(100, 5);
        assertEquals(IsostaticVesselPlc.State.IDLE, plc.state(), "no start with the lid open");
        assertEquals(FaultCode.NONE, plc.fault());

    }

    @Test
    void aSetpointAboveTheVesselRatingLatchesFaultFiveAndStartsNothing() {
        pressurise(650, 5);
        assertEquals(FaultCode.SETPOINT_OUT_OF_RANGE, plc.fault());
        assertEquals(IsostaticVesselPlc.State.IDLE, plc.state());
        assertEquals(0, plc.pressure());
    }

    @Test
    void theHeaterWarmsTheMediumNoFasterThanItsPowerAndClampsTheSetpoint() {
        io.write(VESSEL_TEMPERATURE_SETPOINT, 400);
        run(20);
        assertEquals(25 + 0.5 * 20, io.get(VESSEL_TEMPERATURE), 0.5, "far below the setpoint it warms at 0.5 °C/s");
        run(1200);
        assertEquals(150, io.get(VESSEL_TEMPERATURE), 0.5, "clamped to the vessel's 150 °C");
    }

    @Test
    void aFailedHeaterIsSwitchedOffWithItsFaultRaisedAndHeatsAgainOnceRepaired() {
        io.write(VESSEL_TEMPERATURE_SETPOINT, 80);
        run(30);
        double warmed = io.get(VESSEL_TEMPERATURE);
        assertTrue(warmed > 30, "heating toward 80 °C: " + warmed);
        assertEquals(0, io.get(org.layerpress.application.press.StandardSignal.VESSEL_HEATER_FAULT));

        io.fire(org.layerpress.application.press.StandardSignal.FAIL_VESSEL_HEATER);
        run(30);
        assertEquals(1, io.get(org.layerpress.application.press.StandardSignal.VESSEL_HEATER_FAULT), "the heater's fault is raised");
        assertTrue(io.get(VESSEL_TEMPERATURE) < warmed, "the medium cools with the heater off: " + io.get(VESSEL_TEMPERATURE));

        io.fire(org.layerpress.application.press.StandardSignal.REPAIR_VESSEL_HEATER);
        double cooled = io.get(VESSEL_TEMPERATURE);
        run(30);
        assertEquals(0, io.get(org.layerpress.application.press.StandardSignal.VESSEL_HEATER_FAULT));
        assertTrue(io.get(VESSEL_TEMPERATURE) > cooled, "heating again once repaired");
    }

    @Test
    void theShippedWipMappingIsServedAsAHeatedVessel() {
        PlcProgram program = PlcPrograms.forMapping(org.layerpress.application.mapping.MappingLoader.loadBundled("isostatic-wip.yaml"));
        assertTrue(program instanceof IsostaticVesselPlc, program.getClass().getName());
        assertEquals(150, ((IsostaticVesselPlc) program).settings().maxCelsius());
        assertEquals(400, ((IsostaticVesselPlc) program).settings().ratingMegaPascals());
    }
}
