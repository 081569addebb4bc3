package org.layerpress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LinkWaiter;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.plc.MiloPressAdapter;
import org.layerpress.sim.FaultCode;
import org.layerpress.sim.PlcState;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatedPressPlc;
import org.layerpress.sim.SimulatorOptions;
import org.layerpress.testing.Eventually;

/**
 * The HMI's heartbeat is what lets the PLC stop when the HMI dies (docs/architecture.md#safety-philosophy):
 * the real adapter drives a press step on the real simulator, then goes silent.
 */
class HeartbeatLossTest {

    @TempDir
    Path dir;

    @Test
    void silentHmiMakesTheSimulatedPlcReleaseWithAHeartbeatFault() throws Exception {
        PressMapping mapping = MappingLoader.loadBundled("simulator.yaml");
        SimulatedPressPlc plc = new SimulatedPressPlc(mapping.press());
        try (PressSimulator sim = new PressSimulator(mapping, SimulatorOptions.loopback(0, dir.resolve("sim")), plc)) {
            sim.start();
            MiloPressAdapter hmi = new MiloPressAdapter(mapping.withUrl(sim.endpointUrl()), dir.resolve("hmi"));
            hmi.open();
            assertTrue(LinkWaiter.awaitConnected(hmi, Duration.ofSeconds(30)));
            hmi.write(StandardSignal.SETPOINT_FORCE, 28.27);
            hmi.write(StandardSignal.RAMP_RATE, 20);
            hmi.write(StandardSignal.HOLD_TIME, 600);
            hmi.command(StandardSignal.START);
            Eventually.waitUntil("press holding", () -> plc.state() == PlcState.HOLDING, plc::state);
            assertEquals(FaultCode.NONE, plc.faultCode(), "heartbeat keeps the hold going");

            hmi.close();

            Eventually.waitUntil("heartbeat fault", () -> plc.faultCode() == FaultCode.HEARTBEAT_LOST, plc::faultCode);
            Eventually.waitUntil("released", () -> plc.realForce() < 0.05, plc::realForce);
            assertEquals(PlcState.IDLE, plc.state());
        }
    }

}
