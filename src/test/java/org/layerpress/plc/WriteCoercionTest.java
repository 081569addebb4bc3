package org.layerpress.plc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.testing.Eventually.waitUntil;

import java.nio.file.Path;
import java.util.Map;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatorOptions;

/** A setpoint lands in the node's own data type (read back with a bare Milo client), rounded and clamped. */
class WriteCoercionTest {

    @TempDir
    static Path dir;
    static PressSimulator simulator;
    static MiloPressAdapter adapter;
    static OpcUaClient bare;
    static int ns;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> signals = TestPlc.signals();
        signals.put("setpointForce", "{ node: s=Press.SetpointForce, type: Int16, access: write, unit: kN }");
        signals.put("rampRate", "{ node: s=Press.RampRate, type: UInt16, access: write, unit: kN/s }");
        signals.put("holdTime", "{ node: s=Press.HoldTime, type: Float, access: write, unit: s }");
        signals.put("platenTemperatureSetpoint", "{ node: s=Press.PlatenTemperatureSetpoint, type: Double, access: write, unit: degC }");
        PressMapping mapping = TestPlc.mapping(dir, "typed", TestPlc.anonymousNone(), signals);
        simulator = new PressSimulator(mapping, SimulatorOptions.loopback(0, dir.resolve("sim-pki")), (dt, io) -> { });
        simulator.start();
        adapter = new MiloPressAdapter(TestPlc.forHmi(mapping, simulator), dir.resolve("hmi"));
        adapter.open();
        bare = OpcUaClient.create(simulator.endpointUrl());
        bare.connect();
        ns = bare.getNamespaceTable().getIndex(TestPlc.NAMESPACE).intValue();
        waitUntil("link up", () -> adapter.linkStatus().state() == LinkState.CONNECTED, adapter::linkStatus);
    }

    @AfterAll
    static void stop() throws Exception {
        if (bare != null) {
            bare.disconnect();
        }
        if (adapter != null) {
            adapter.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void fortyPointSevenLandsAsTheTypeOfEachNode() throws Exception {
        adapter.write(StandardSignal.SETPOINT_FORCE, 40.7);
        adapter.write(StandardSignal.RAMP_RATE, 40.7);
        adapter.write(StandardSignal.HOLD_TIME, 40.7);
        adapter.write(StandardSignal.PLATEN_TEMPERATURE_SETPOINT, 40.7);
        assertEquals((short) 41, node("Press.SetpointForce"));
        assertEquals(UShort.valueOf(41), node("Press.RampRate"));
        assertEquals(40.7f, node("Press.HoldTime"));
        assertEquals(40.7, node("Press.PlatenTemperatureSetpoint"));
    }

    @Test
    void valuesOutsideAnIntegerTypeAreClampedNotWrapped() throws Exception {
        adapter.write(StandardSignal.SETPOINT_FORCE, 40_000);
        adapter.write(StandardSignal.RAMP_RATE, -5);
        assertEquals(Short.MAX_VALUE, node("Press.SetpointForce"));
        assertEquals(UShort.valueOf(0), node("Press.RampRate"));
    }

    @Test
    void anExactWriteThatTheNodeWouldClampIsRefusedAndNothingIsWritten() throws Exception {
        adapter.write(StandardSignal.SETPOINT_FORCE, 100);
        Object before = node("Press.SetpointForce");
        PressLinkException e = assertThrows(
                PressLinkException.class, () -> adapter.writeExactly(StandardSignal.SETPOINT_FORCE, 40_000));
        assertTrue(e.getMessage().contains("outside what the mapped node takes"), e.getMessage());
        assertEquals(before, node("Press.SetpointForce"));
    }

    static Object node(String id) throws Exception {
        return bare.readValue(0, TimestampsToReturn.Neither, new NodeId(ns, id)).value().value();
    }
}
