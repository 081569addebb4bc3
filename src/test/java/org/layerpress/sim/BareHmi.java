package org.layerpress.sim;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.mapping.SignalSpec;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.opcua.OpcTypes;

/**
 * An HMI reduced to what the PLC contract talks about, over a bare Milo client: reads and writes of
 * mapped signals in engineering units, command pulses, and a heartbeat the test can stop and start.
 * The contract test drives the simulator with it so every byte on the wire is the test's own.
 */
final class BareHmi implements AutoCloseable {

    private final PressMapping mapping;
    private final OpcUaClient client;
    private final int ns;
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bare-hmi-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean beating;

    BareHmi(PressSimulator simulator) throws UaException {
        this.mapping = simulator.mapping();
        this.client = OpcUaClient.create(simulator.endpointUrl());
        client.connect();
        this.ns = client.getNamespaceTable().getIndex(mapping.namespaceUri()).intValue();
        beats.scheduleAtFixedRate(() -> {
            if (beating) {
                beatQuietly();
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    /** Beats once now, then every second until {@link #stopBeating}. */
    void startBeating() throws UaException {
        beat();
        beating = true;
    }

    void stopBeating() {
        beating = false;
    }

    void beat() throws UaException {
        write(StandardSignal.HEARTBEAT, read(StandardSignal.HEARTBEAT) + 1);
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (UaException | RuntimeException e) {
            // The next beat tries again; a test that needs the beat waits for its effect.
        }
    }

    double read(StandardSignal signal) throws UaException {
        SignalSpec spec = mapping.require(signal);
        DataValue v = client.readValue(0, TimestampsToReturn.Neither, nodeId(spec));
        return spec.toEngineering(OpcTypes.toRaw(v.value().value()));
    }

    boolean bit(StandardSignal signal) throws UaException {
        return read(signal) >= 0.5;
    }

    PlcState state() throws UaException {
        return PlcState.ofCode((int) read(StandardSignal.PRESS_STATE));
    }

    int fault() throws UaException {
        return (int) read(StandardSignal.FAULT_CODE);
    }

    void write(StandardSignal signal, double engineering) throws UaException {
        SignalSpec spec = mapping.require(signal);
        writeRaw(spec, OpcTypes.toVariant(spec.type(), spec.toRaw(engineering)));
    }

    /** A command as the contract describes it: true, then false (the PLC acts on the rising edge). */
    void pulse(StandardSignal command) throws UaException {
        SignalSpec spec = mapping.require(command);
        writeRaw(spec, new Variant(true));
        writeRaw(spec, new Variant(false));
    }

    private void writeRaw(SignalSpec spec, Variant value) throws UaException {
        List<StatusCode> result = client.writeValues(List.of(nodeId(spec)), List.of(DataValue.valueOnly(value)));
        if (!result.get(0).isGood()) {
            throw new UaException(result.get(0), "write " + spec.signal().key() + " refused");
        }
    }

    private NodeId nodeId(SignalSpec spec) {
        return OpcTypes.nodeId(ns, spec.node());
    }

    @Override
    public void close() {
        beats.shutdownNow();
        try {
            client.disconnect();
        } catch (UaException e) {
            // closing anyway
        }
    }
}
