package org.layerpress.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.application.press.StandardSignal.FAULT_CODE;
import static org.layerpress.application.press.StandardSignal.FORCE;

import org.junit.jupiter.api.Test;

class FaultInjectionTest {

    private final PressRig rig = PressRig.exact();

    @Test
    void stuckForceSensorFreezesReadingWhileRealForceGoesOn() {
        rig.pressToHold(30, 10, 60);
        rig.run(1);
        rig.plc.setForceSensorStuck(true);
        rig.scan();
        double frozen = rig.get(FORCE);
        rig.plc.injectLeak(2.0);
        rig.run(2);
        assertEquals(frozen, rig.get(FORCE), 0.0);
        assertTrue(rig.plc.realForce() < frozen - 1.5, "real " + rig.plc.realForce() + " vs frozen " + frozen);
        assertEquals(PlcState.HOLDING, rig.state());
    }

    @Test
    void unstuckSensorFollowsRealForceAgain() {
        rig.pressToHold(30, 10, 60);
        rig.plc.setForceSensorStuck(true);
        rig.run(1);
        rig.plc.setForceSensorStuck(false);
        rig.scan();
        assertEquals(rig.plc.realForce(), rig.get(FORCE), 0.0);
    }

    @Test
    void stuckSensorDuringRampTripsSensorFault() {
        rig.start(200, 10, 60);
        rig.run(1);
        rig.plc.setForceSensorStuck(true);
        rig.runUntil(() -> rig.state() == PlcState.RELEASING, 3, "released");
        assertEquals(FaultCode.SENSOR_FAULT.code(), rig.get(FAULT_CODE));
    }

    @Test
    void overPressureSpikeAboveCapacityTrips() {
        rig.pressToHold(290, 20, 60);
        rig.plc.injectOverPressureSpike(10, 0.1);
        rig.scan();
        assertEquals(FaultCode.OVER_PRESSURE.code(), rig.get(FAULT_CODE));
        assertEquals(PlcState.RELEASING, rig.state());
        assertTrue(rig.get(FORCE) > PressRig.CAPACITY, "the spike is in the trace");
        rig.runUntil(() -> rig.state() == PlcState.IDLE, 15, "idle");
    }

    @Test
    void overPressureSpikeIsSeenEvenWithAStuckSensor() {
        rig.pressToHold(290, 20, 60);
        rig.plc.setForceSensorStuck(true);
        rig.plc.injectOverPressureSpike(10, 0.1);
        rig.scan();
        assertEquals(FaultCode.OVER_PRESSURE.code(), rig.get(FAULT_CODE));
    }

    @Test
    void spikeBelowCapacityShowsInTheTraceWithoutTripping() {
        rig.pressToHold(30, 10, 60);
        rig.run(0.5);
        rig.plc.injectOverPressureSpike(5, 0.2);
        rig.scan();
        assertTrue(rig.get(FORCE) > 34.5, "force " + rig.get(FORCE));
        rig.run(0.3);
        assertTrue(rig.get(FORCE) <= 30.0 + 1e-9, "spike over");
        assertEquals(0, rig.get(FAULT_CODE));
        assertEquals(PlcState.HOLDING, rig.state());
    }

    @Test
    void spikeWhileIdleLatchesOverPressure() {
        rig.plc.injectOverPressureSpike(PressRig.CAPACITY + 1, 0.05);
        rig.run(0.1);
        assertEquals(FaultCode.OVER_PRESSURE, rig.plc.faultCode());
        assertEquals(PlcState.IDLE, rig.state());
    }

    @Test
    void invalidInjectionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> rig.plc.injectLeak(-1));
        assertThrows(IllegalArgumentException.class, () -> rig.plc.injectLeak(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> rig.plc.injectOverPressureSpike(10, 0));
    }
}
