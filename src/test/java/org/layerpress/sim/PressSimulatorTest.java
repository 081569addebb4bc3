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
import org.layerpress.application.press.StandardSignal;
import org.layerpress.testing.Eventually;

/** The simulator's address space, seen through a bare Milo client over TCP loopback. */
class PressSimulatorTest {

    @TempDir
    static Path pki;
    static ServedPress served;
    static PressSimulator simulator;
    static OpcUaClient client;
    static int ns;

    @BeforeAll
    static void start() throws Exception {
        PlcProgram echo = (dt, io) -> io.set(StandardSignal.FORCE, io.get(StandardSignal.SETPOINT_FORCE) / 2);
        served = ServedPress.start(pki, o -> o, echo);
        simulator = served.simulator;
        client = served.client;
        ns = served.ns;
    }

    @AfterAll
    static void stop() throws Exception {
        served.close();
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

    // ---- what the PLC runtime adds to every program: plcAlive, the trace ring, test faults

    private static Object read(String node) throws Exception {
        return client.readValue(0, TimestampsToReturn.Both, new NodeId(ns, node)).value().value();
    }

    private static long alive() throws Exception {
        return ((org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger) read("Press.Alive")).longValue();
    }

    private static long traceCount() throws Exception {
        return ((org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger) read("Press.Trace.Count")).longValue();
    }

    @Test
    void plcAliveCountsEveryScan() throws Exception {
        long first = alive();
        Eventually.waitUntil("plcAlive moves", () -> {
            try {
                return alive() >= first + 20;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void traceRingIsServedAsArraysOfTheMappedLengthWithTheLatestSampleBeforeCount() throws Exception {
        client.writeValues(List.of(new NodeId(ns, "Press.SetpointForce")), List.of(DataValue.valueOnly(new Variant(24.0))));
        Eventually.waitUntil("force follows", () -> simulator.image().get(StandardSignal.FORCE) == 12.0);
        long before = traceCount();
        Object force = read("Press.Trace.Force");
        long after = traceCount();
        assertTrue(force instanceof Float[], "Float array as mapped: " + force.getClass());
        Float[] ring = (Float[]) force;
        assertEquals(4096, ring.length);
        assertTrue(after > 0 && after >= before);
        assertEquals(12.0f, ring[(int) ((before - 1) % 4096)], "sample count-1 holds the force of the last scan");
        assertEquals(4096, ((Float[]) read("Press.Trace.Position")).length);
    }

    @Test
    void wrongLengthDeviationServesAShorterArray() throws Exception {
        simulator.deviateFrom(java.util.Set.of(ContractDeviation.TRACE_WRONG_LENGTH));
        try {
            assertEquals(4095, ((Float[]) read("Press.Trace.Force")).length);
        } finally {
            simulator.deviateFrom(java.util.Set.of());
        }
    }

    @Test
    void stuckDeviationsStopPlcAliveAndTheTraceCountWhileTheScanGoesOn() throws Exception {
        simulator.deviateFrom(java.util.Set.of(ContractDeviation.PLC_ALIVE_STUCK, ContractDeviation.TRACE_COUNT_STUCK));
        try {
            long alive = alive();
            long count = traceCount();
            client.writeValues(List.of(new NodeId(ns, "Press.SetpointForce")), List.of(DataValue.valueOnly(new Variant(7.0))));
            Eventually.waitUntil("the scan still runs", () -> simulator.image().get(StandardSignal.FORCE) == 3.5);
            assertEquals(alive, alive());
            assertEquals(count, traceCount());
        } finally {
            simulator.deviateFrom(java.util.Set.of());
        }
    }

    @Test
    void aFrozenSimulatorStopsScanningButKeepsAnswering() throws Exception {
        simulator.freeze(true);
        try {
            long alive = alive();
            client.writeValues(List.of(new NodeId(ns, "Press.SetpointForce")), List.of(DataValue.valueOnly(new Variant(9.0))));
            for (int i = 0; i < 20; i++) {
                assertEquals(alive, alive(), "the server answers, the PLC does not count");
            }
            assertTrue(simulator.image().get(StandardSignal.FORCE) != 4.5, "the program did not run");
        } finally {
            simulator.freeze(false);
        }
        Eventually.waitUntil("scanning again", () -> simulator.image().get(StandardSignal.FORCE) == 4.5);
    }

    @Test
    void anInjectedRawValueIsServedInsteadOfThePlcsUntilCleared() throws Exception {
        simulator.injectRawValue(StandardSignal.RAM_POSITION, "abc");
        try {
            assertEquals("abc", read("Press.RamPosition"));
        } finally {
            simulator.clearRawValue(StandardSignal.RAM_POSITION);
        }
        assertTrue(read("Press.RamPosition") instanceof Double);
    }
}
