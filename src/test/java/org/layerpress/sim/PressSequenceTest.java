package org.layerpress.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.application.press.StandardSignal.FAULT_CODE;
import static org.layerpress.application.press.StandardSignal.FORCE;
import static org.layerpress.application.press.StandardSignal.RAM_POSITION;
import static org.layerpress.application.press.StandardSignal.READY;
import static org.layerpress.application.press.StandardSignal.RELEASE;
import static org.layerpress.application.press.StandardSignal.RUNNING;
import static org.layerpress.application.press.StandardSignal.STEP_DONE;
import static org.layerpress.application.press.StandardSignal.STOP;

import org.junit.jupiter.api.Test;

class PressSequenceTest {

    private final PressRig rig = PressRig.exact();

    @Test
    void idlePressWithDoorClosedAndEstopOkIsReady() {
        rig.run(0.1);
        assertEquals(PlcState.IDLE, rig.state());
        assertTrue(rig.bit(READY));
        assertFalse(rig.bit(RUNNING));
        assertEquals(0, rig.get(FAULT_CODE));
        assertEquals(12.000, rig.get(RAM_POSITION), 1e-9);
    }

    @Test
    void startIsRefusedWhileDoorIsOpen() {
        rig.plc.setDoorClosed(false);
        rig.start(30, 10, 5);
        rig.run(1);
        assertEquals(PlcState.IDLE, rig.state());
        assertEquals(0, rig.get(FORCE));
        assertFalse(rig.bit(READY));
        assertFalse(rig.bit(RUNNING));
        assertEquals(0, rig.get(FAULT_CODE), "a refused start is not a fault");
    }

    @Test
    void startIsRefusedWhileEstopIsPressed() {
        rig.plc.setEstopOk(false);
        rig.start(30, 10, 5);
        rig.run(1);
        assertEquals(PlcState.IDLE, rig.state());
        assertEquals(0, rig.get(FORCE));
    }

    @Test
    void startWithSetpointAboveCapacityLatchesSetpointOutOfRangeAndDoesNothingElse() {
        rig.start(PressRig.CAPACITY + 1, 10, 5);
        rig.run(1);
        assertEquals(PlcState.IDLE, rig.state());
        assertEquals(FaultCode.SETPOINT_OUT_OF_RANGE.code(), rig.get(FAULT_CODE));
        assertEquals(0, rig.get(FORCE));
        assertFalse(rig.bit(READY));
        assertFalse(rig.bit(RUNNING));
    }

    @Test
    void startWithZeroSetpointLatchesSetpointOutOfRange() {
        rig.start(0, 10, 5);
        assertEquals(FaultCode.SETPOINT_OUT_OF_RANGE, rig.plc.faultCode());
        assertEquals(PlcState.IDLE, rig.state());
    }

    @Test
    void startAtExactlyCapacityIsAccepted() {
        rig.pressToHold(PressRig.CAPACITY, 20, 2);
        rig.run(5);
        assertEquals(PlcState.DONE, rig.state());
        assertEquals(0, rig.get(FAULT_CODE));
    }

    @Test
    void rampFollowsRequestedRate() {
        rig.start(100, 10, 5);
        rig.run(2 - PressRig.DT);
        assertEquals(PlcState.RAMPING, rig.state());
        assertTrue(rig.bit(RUNNING));
        assertFalse(rig.bit(READY));
        assertEquals(20.0, rig.get(FORCE), 1e-6);
    }

    @Test
    void rampIsLimitedByPumpMax() {
        rig.start(100, 50, 5);
        rig.run(1 - PressRig.DT);
        assertEquals(20.0, rig.get(FORCE), 1e-6, "pump max of the profile is 20 kN/s");
    }

    @Test
    void zeroRampRateMeansPumpMax() {
        rig.start(100, 0, 5);
        rig.run(1 - PressRig.DT);
        assertEquals(20.0, rig.get(FORCE), 1e-6);
    }

    @Test
    void holdTimeIsHonouredThenStepDoneIsSet() {
        rig.start(30, 10, 5);
        double ramp = rig.runUntil(() -> rig.state() == PlcState.HOLDING, 10, "holding");
        assertEquals(3.0 * 0.995, ramp, 0.02, "holding begins within 0.5 % of setpoint");
        assertFalse(rig.bit(STEP_DONE));
        double hold = rig.runUntil(() -> rig.bit(STEP_DONE), 10, "step done");
        assertEquals(5.0, hold, 0.011);
        assertEquals(PlcState.DONE, rig.state());
        assertTrue(rig.bit(RUNNING));
    }

    @Test
    void doneKeepsHoldingForceUntilRelease() {
        rig.pressToHold(30, 10, 1);
        rig.run(30);
        assertEquals(PlcState.DONE, rig.state());
        assertTrue(rig.get(FORCE) >= 30 * 0.995 - 0.01, "force " + rig.get(FORCE));
        assertTrue(rig.bit(RUNNING));
    }

    @Test
    void releaseBringsForceToZeroThenIdle() {
        rig.pressToHold(30, 10, 1);
        rig.run(2);
        rig.command(RELEASE);
        assertEquals(PlcState.RELEASING, rig.state());
        assertTrue(rig.bit(RUNNING));
        double seconds = rig.runUntil(() -> rig.state() == PlcState.IDLE, 5, "idle");
        assertEquals(1.0, seconds, 0.02, "30 kN at 30 kN/s");
        assertTrue(rig.plc.realForce() < 0.05);
        assertFalse(rig.bit(RUNNING));
        assertTrue(rig.bit(READY));
        // Contract change (T6): stepDone falls with the release; it used to stay until the next start.
        assertFalse(rig.bit(STEP_DONE), "step done falls at release");
    }

    @Test
    void nextStartClearsStepDone() {
        rig.pressToHold(30, 10, 0);
        rig.run(0.1);
        rig.command(RELEASE);
        rig.runUntil(() -> rig.state() == PlcState.IDLE, 5, "idle");
        rig.start(40, 10, 5);
        assertFalse(rig.bit(STEP_DONE));
        assertEquals(PlcState.RAMPING, rig.state());
    }

    @Test
    void springbackIsVisibleOnRelease() {
        rig.pressToHold(30, 10, 1);
        rig.run(2);
        double loaded = rig.get(RAM_POSITION);
        rig.command(RELEASE);
        rig.runUntil(() -> rig.state() == PlcState.IDLE, 5, "idle");
        rig.run(0.1);
        double unloaded = rig.get(RAM_POSITION);
        assertEquals(0.004 * 30, loaded - unloaded, 0.002, "elastic part comes back");
        double plastic = 1.5 * (1 - Math.exp(-30.0 / 40));
        assertTrue(unloaded >= 12.0 + plastic - 1e-9, "compaction is kept: " + unloaded);
    }

    @Test
    void compactionNeverGoesBackWhenPressedAgainLower() {
        rig.pressToHold(60, 20, 0);
        rig.command(RELEASE);
        rig.runUntil(() -> rig.state() == PlcState.IDLE, 5, "idle");
        rig.run(0.1);
        double afterFirst = rig.get(RAM_POSITION);
        rig.pressToHold(10, 20, 0);
        rig.command(RELEASE);
        rig.runUntil(() -> rig.state() == PlcState.IDLE, 5, "idle");
        rig.run(0.1);
        assertTrue(rig.get(RAM_POSITION) >= afterFirst);
    }

    @Test
    void ramAdvancesDuringHoldFromPowderCreep() {
        rig.pressToHold(30, 10, 120);
        rig.run(0.5);
        double early = rig.get(RAM_POSITION);
        rig.run(60);
        assertTrue(rig.get(RAM_POSITION) - early > 0.02, "creep advance " + (rig.get(RAM_POSITION) - early));
    }

    @Test
    void stopWhileRampingReleasesWithoutFault() {
        rig.start(100, 10, 5);
        rig.run(1);
        rig.command(STOP);
        assertEquals(PlcState.RELEASING, rig.state());
        rig.runUntil(() -> rig.state() == PlcState.IDLE, 5, "idle");
        assertEquals(0, rig.get(FAULT_CODE));
        assertFalse(rig.bit(STEP_DONE));
        assertTrue(rig.bit(READY));
    }
}
