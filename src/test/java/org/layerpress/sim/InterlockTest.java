package org.layerpress.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.application.press.StandardSignal.FAULT_CODE;
import static org.layerpress.application.press.StandardSignal.HEARTBEAT;
import static org.layerpress.application.press.StandardSignal.READY;
import static org.layerpress.application.press.StandardSignal.RELEASE;
import static org.layerpress.application.press.StandardSignal.RESET;
import static org.layerpress.application.press.StandardSignal.RUNNING;
import static org.layerpress.application.press.StandardSignal.STOP;

import org.junit.jupiter.api.Test;

class InterlockTest {

    private final PressRig rig = PressRig.exact();

    @Test
    void doorOpenedWhileHoldingReleasesWithFault() {
        rig.pressToHold(30, 10, 60);
        rig.plc.setDoorClosed(false);
        rig.scan();
        assertEquals(PlcState.RELEASING, rig.state());
        assertEquals(FaultCode.DOOR_OPENED.code(), rig.get(FAULT_CODE));
        double seconds = rig.runUntil(() -> rig.state() == PlcState.IDLE, 5, "idle");
        assertEquals(1.0, seconds, 0.02, "normal release rate");
        assertFalse(rig.bit(RUNNING));
        assertFalse(rig.bit(READY));
    }

    @Test
    void estopWhileRampingReleasesFastWithFault() {
        rig.start(100, 10, 60);
        rig.run(3);
        rig.plc.setEstopOk(false);
        rig.scan();
        assertEquals(FaultCode.ESTOP.code(), rig.get(FAULT_CODE));
        double seconds = rig.runUntil(() -> rig.state() == PlcState.IDLE, 5, "idle");
        assertTrue(seconds < 0.25, "30 kN dumped in " + seconds + " s");
    }

    @Test
    void estopDuringANormalReleaseDumpsFaster() {
        rig.pressToHold(90, 20, 60);
        rig.command(RELEASE);
        rig.plc.setEstopOk(false);
        double seconds = rig.runUntil(() -> rig.state() == PlcState.IDLE, 5, "idle");
        assertTrue(seconds < 1.0, "90 kN dumped in " + seconds + " s");
    }

    @Test
    void firstFaultStaysLatched() {
        rig.pressToHold(30, 10, 60);
        rig.plc.setDoorClosed(false);
        rig.scan();
        rig.plc.setEstopOk(false);
        rig.run(1);
        assertEquals(FaultCode.DOOR_OPENED.code(), rig.get(FAULT_CODE));
    }

    @Test
    void heartbeatUnchangedForThreeSecondsReleasesWithFault() {
        rig.pressToHold(30, 10, 60);
        double beat = rig.get(HEARTBEAT);
        rig.runUntil(() -> rig.get(HEARTBEAT) != beat, 2, "next beat");
        rig.heartbeatTicking = false;
        rig.run(2.9);
        assertEquals(PlcState.HOLDING, rig.state());
        rig.run(0.2);
        assertEquals(PlcState.RELEASING, rig.state());
        assertEquals(FaultCode.HEARTBEAT_LOST.code(), rig.get(FAULT_CODE));
        rig.runUntil(() -> rig.state() == PlcState.IDLE, 5, "idle");
    }

    @Test
    void changingHeartbeatKeepsTheStepRunning() {
        rig.pressToHold(30, 10, 30);
        rig.runUntil(() -> rig.state() == PlcState.DONE, 40, "done");
        rig.run(10);
        assertEquals(PlcState.DONE, rig.state());
        assertEquals(0, rig.get(FAULT_CODE));
    }

    /**
     * The contract's watchdog runs always (it used to be armed at START, so idle silence did not
     * count): an HMI silent while idle makes the press not READY and its START is ignored (T3).
     */
    @Test
    void silentHmiWhileIdleIsNotReadyAndItsStartIsIgnored() {
        rig.heartbeatTicking = false;
        rig.run(10);
        assertFalse(rig.bit(READY));
        rig.start(30, 10, 60);
        rig.run(0.5);
        assertEquals(PlcState.IDLE, rig.state());
        assertEquals(0, rig.get(FAULT_CODE), "ignored, not a fault");
        rig.heartbeatTicking = true;
        rig.beat();
        rig.scan();
        assertTrue(rig.bit(READY), "one change of the heartbeat makes it fresh again");
        rig.start(30, 10, 60);
        assertTrue(rig.bit(RUNNING));
    }

    @Test
    void beforeTheFirstBeatAfterStartUpThePressIsNotReady() {
        PressRig silent = PressRig.exact();
        silent.heartbeatTicking = false;
        silent.scan();
        assertFalse(silent.bit(READY), "a PLC that just powered up has not heard the HMI");
    }

    /** Contract change: only RESET acknowledges a fault (T14); RELEASE used to. */
    @Test
    void faultIsResetByResetWhenIdleAndTheCauseIsGone() {
        rig.pressToHold(30, 10, 60);
        rig.plc.setDoorClosed(false);
        rig.runUntil(() -> rig.state() == PlcState.IDLE, 5, "idle");
        rig.plc.setDoorClosed(true);
        rig.scan();
        assertFalse(rig.bit(READY), "still latched");
        rig.command(RESET);
        assertEquals(0, rig.get(FAULT_CODE));
        assertTrue(rig.bit(READY));
    }

    /** Contract change: release and stop never acknowledge a fault (T16). */
    @Test
    void releaseAndStopDoNotResetAFault() {
        rig.start(PressRig.CAPACITY * 2, 10, 5);
        rig.command(STOP);
        rig.command(RELEASE);
        assertEquals(FaultCode.SETPOINT_OUT_OF_RANGE, rig.plc.faultCode());
        rig.command(RESET);
        assertEquals(FaultCode.NONE, rig.plc.faultCode());
    }

    @Test
    void faultIsNotResetWhileDoorIsOpen() {
        rig.pressToHold(30, 10, 60);
        rig.plc.setDoorClosed(false);
        rig.runUntil(() -> rig.state() == PlcState.IDLE, 5, "idle");
        rig.command(RESET);
        assertEquals(FaultCode.DOOR_OPENED.code(), rig.get(FAULT_CODE));
    }

    @Test
    void faultIsNotResetWhileStillReleasing() {
        rig.pressToHold(60, 20, 60);
        rig.plc.setDoorClosed(false);
        rig.scan();
        rig.plc.setDoorClosed(true);
        rig.command(RESET);
        assertEquals(PlcState.RELEASING, rig.state());
        assertEquals(FaultCode.DOOR_OPENED.code(), rig.get(FAULT_CODE));
    }

    @Test
    void heartbeatFaultIsResetOnlyOnceTheHeartbeatIsFreshAgain() {
        rig.pressToHold(30, 10, 60);
        rig.heartbeatTicking = false;
        rig.runUntil(() -> rig.state() == PlcState.IDLE, 10, "released on the stale heartbeat");
        rig.command(RESET);
        assertEquals(FaultCode.HEARTBEAT_LOST.code(), rig.get(FAULT_CODE), "the cause is still there");
        rig.heartbeatTicking = true;
        rig.beat();
        rig.scan();
        rig.command(RESET);
        assertEquals(0, rig.get(FAULT_CODE));
    }

    @Test
    void sensorFaultIsResetOnlyOnceTheChannelsAgree() {
        rig.start(100, 20, 60);
        rig.run(1);
        rig.plc.setForceSensorStuck(true);
        rig.runUntil(() -> rig.get(FAULT_CODE) == FaultCode.SENSOR_FAULT.code(), 5, "sensor fault");
        rig.runUntil(() -> rig.state() == PlcState.IDLE, 10, "released");
        rig.command(RESET);
        assertEquals(FaultCode.SENSOR_FAULT.code(), rig.get(FAULT_CODE), "the load cell still reads its frozen value");
        rig.plc.setForceSensorStuck(false);
        rig.scan();
        rig.command(RESET);
        assertEquals(0, rig.get(FAULT_CODE));
    }

    @Test
    void startIsRefusedWhileAFaultIsLatched() {
        rig.start(PressRig.CAPACITY + 10, 10, 5);
        rig.start(30, 10, 5);
        rig.run(1);
        assertEquals(PlcState.IDLE, rig.state());
        assertEquals(FaultCode.SETPOINT_OUT_OF_RANGE.code(), rig.get(FAULT_CODE));
    }
}
