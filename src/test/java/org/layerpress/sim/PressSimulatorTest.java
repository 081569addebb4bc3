package org.layerpress.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.testing.Eventually;

/** The simulator's address space, seen through a bare Milo client over TCP loopback. */
class PressSimulatorTest {

    @TempDir
    static Path pki;
    static PressSimulator simulator;
    static OpcUaClient client;
    static int ns;

    @BeforeAll
    static void start() throws Exception {
        PressMapping mapping = MappingLoader.loadBundled("simulator.yaml");
        PlcProgram echo = (dt, io) -> io.set(StandardSignal.FORCE, io.get(StandardSignal.SETPOINT_FORCE) / 2);
        simulator = new PressSimulator(mapping, SimulatorOptions.loopback(0, pki), echo);
        simulator.start();
        client = OpcUaClient.create(simulator.endpointUrl());
        client.connect();
        ns = client.getNamespaceTable().getIndex(mapping.namespaceUri()).intValue();
    }

    @AfterAll
    static void stop() throws Exception {
        client.disconnect();
        simulator.close();
    }

    @Test
    void setpointWrittenByClientReachesThePlcProgram() throws Exception {
        List<StatusCode> result = client.writeValues(List.of(new NodeId(ns, "Press.SetpointForce")),
                List.of(DataValue.valueOnly(new Variant(40.0))));
        assertTrue(result.get(0).isGood(), result.toString());
        Eventually.waitUntil("force echoes half the setpoint", () -> simulator.image().get(StandardSignal.FORCE) == 20.0);
        DataValue force = client.readValue(0, TimestampsToReturn.Both, new NodeId(ns, "Press.Force"));
        assertEquals(20.0, (Double) force.value().value(), 1e-9);
        assertTrue(force.sourceTime() != null, "outputs carry a source timestamp");
    }

    @Test
    void readOnlySignalRefusesWrites() throws Exception {
        List<StatusCode> result = client.writeValues(List.of(new NodeId(ns, "Press.Force")),
                List.of(DataValue.valueOnly(new Variant(1.0))));
        assertEquals(StatusCodes.Bad_UserAccessDenied, result.get(0).value(), result.toString());
    }

    @Test
    void commandWriteIsLatchedForOneScan() throws Exception {
        client.writeValues(List.of(new NodeId(ns, "Press.Cmd.Start")), List.of(DataValue.valueOnly(new Variant(true))));
        assertTrue(simulator.image().takeCommand(StandardSignal.START));
        assertTrue(!simulator.image().takeCommand(StandardSignal.START), "a command is consumed once");
    }

}
