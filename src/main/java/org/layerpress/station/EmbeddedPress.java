package org.layerpress.station;

import org.layerpress.application.mapping.PressMapping;
import org.layerpress.sim.PlcProgram;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatorOptions;

/**
 * A simulated press PLC served in-process (by {@code run} without a mapping, by the benchmarks, by
 * tests), and the mapping that reaches it: the server picks a free port, so the endpoint is known
 * only once it runs.
 */
public final class EmbeddedPress implements AutoCloseable {

    private final PressSimulator simulator;
    private final PlcProgram program;
    private final PressMapping mapping;

    private EmbeddedPress(PressSimulator simulator, PlcProgram program, PressMapping mapping) {
        this.simulator = simulator;
        this.program = program;
        this.mapping = mapping;
    }

    /** Starts the server for {@code mapping}'s signals with {@code program} as the PLC. */
    public static EmbeddedPress start(PressMapping mapping, SimulatorOptions options, PlcProgram program) {
        return create(mapping, options, program).start();
    }

    /**
     * The server for {@code mapping}'s signals, not yet listening: its port and certificate are
     * settled, so the mapping that reaches it is known before {@link #start} pays for the OPC UA
     * server itself (the first one in a JVM takes seconds).
     */
    public static EmbeddedPress create(PressMapping mapping, SimulatorOptions options, PlcProgram program) {
        PressSimulator sim = new PressSimulator(mapping, options, program);
        return new EmbeddedPress(sim, program, mapping.withUrl(sim.endpointUrl()));
    }

    /** Starts listening (once; a second call does nothing). */
    public EmbeddedPress start() {
        simulator.start();
        return this;
    }

    public PressSimulator simulator() {
        return simulator;
    }

    public PlcProgram program() {
        return program;
    }

    /** The mapping with the running server's endpoint. */
    public PressMapping mapping() {
        return mapping;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
