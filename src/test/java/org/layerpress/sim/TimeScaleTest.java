package org.layerpress.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.layerpress.application.press.StandardSignal.FAULT_CODE;
import static org.layerpress.application.press.StandardSignal.HEARTBEAT;
import static org.layerpress.application.press.StandardSignal.HOLD_TIME;
import static org.layerpress.application.press.StandardSignal.RAMP_RATE;
import static org.layerpress.application.press.StandardSignal.SETPOINT_FORCE;
import static org.layerpress.application.press.StandardSignal.START;

import org.junit.jupiter.api.Test;

/**
 * Simulated time × 10 (SimulatorOptions.timeScale, for benchmarks): the physics runs on simulated
 * seconds, the HMI heartbeat watchdog stays on wall-clock seconds, so acceleration neither trips
 * it early nor hides a dead HMI. Driven scan by scan, no threads.
 */
class TimeScaleTest {

    private static final double WALL_DT = 0.001;
    private static final double SPEED = 10;

    private final InMemoryPlcIo io = new InMemoryPlcIo();
    private final SimulatedPressPlc plc = new SimulatedPressPlc(PressRig.PROFILE, SimulatedPressPlc.Settings.defaults().withForceNoise(0));
    private double wall;
    /** The HMI's first beat comes at once: the PLC accepts no START before it has heard the HMI. */
    private double nextBeat;

    private void run(double wallSeconds, boolean beating) {
        long scans = Math.round(wallSeconds / WALL_DT);
        for (long i = 0; i < scans; i++) {
            if (beating && wall >= nextBeat) {
                io.write(HEARTBEAT, io.get(HEARTBEAT) + 1);
                nextBeat += 1.0;
            }
            plc.scan(WALL_DT * SPEED, WALL_DT, io);
            wall += WALL_DT;
        }
    }

    private void start(double holdSimulatedSeconds) {
        io.write(SETPOINT_FORCE, 20);
        io.write(RAMP_RATE, 20);
        io.write(HOLD_TIME, holdSimulatedSeconds);
        io.fire(START);
        run(WALL_DT, true);
    }

    @Test
    void aLongHoldAtTenTimesSpeedKeepsTheWallClockHeartbeat() {
        start(60);
        run(5, true); // 50 s simulated, 5 heartbeats
        assertEquals(PlcState.HOLDING, plc.state());
        assertEquals(0, io.get(FAULT_CODE));
        run(2, true);
        assertEquals(PlcState.DONE, plc.state(), "the 60 s hold took 6 s of wall-clock time");
    }

    @Test
    void aDeadHmiStillTripsAfterThreeWallClockSeconds() {
        start(600);
        run(2.9, false); // 29 s simulated
        assertEquals(PlcState.HOLDING, plc.state());
        run(0.2, false);
        assertEquals(FaultCode.HEARTBEAT_LOST.code(), io.get(FAULT_CODE));
    }
}
