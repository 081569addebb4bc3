package org.layerpress.sim;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;

/** The bundled mapping served by a simulator over loopback, and a bare Milo client connected to it: a PLC programmer's view. */
final class ServedPress implements AutoCloseable {

    final PressSimulator simulator;
    final OpcUaClient client;
    final int ns;

    private ServedPress(PressSimulator simulator, OpcUaClient client, int ns) {
        this.simulator = simulator;
        this.client = client;
        this.ns = ns;
    }

    /** Serves {@code program} on the bundled simulator mapping; {@code options} adapts the loopback options (time scale). */
    static ServedPress start(Path pki, UnaryOperator<SimulatorOptions> options, PlcProgram program) throws Exception {
        PressMapping mapping = MappingLoader.loadBundled("simulator.yaml");
        PressSimulator simulator = new PressSimulator(mapping, options.apply(SimulatorOptions.loopback(0, pki)), program);
        simulator.start();
        OpcUaClient client = OpcUaClient.create(simulator.endpointUrl());
        client.connect();
        return new ServedPress(simulator, client, client.getNamespaceTable().getIndex(mapping.namespaceUri()).intValue());
    }

    NodeId node(String id) {
        return new NodeId(ns, id);
    }

    DataValue read(String id) {
        try {
            return client.readValue(0, TimestampsToReturn.Both, node(id));
        } catch (Exception e) {
            throw new AssertionError("reading " + id, e);
        }
    }

    @Override
    public void close() throws Exception {
        client.disconnect();
        simulator.close();
    }
}
