package org.layerpress.station;

import java.nio.file.Path;
import java.util.Optional;
import org.layerpress.application.atmosphere.AtmospherePort;
import org.layerpress.application.mapping.GloveboxMapping;
import org.layerpress.application.mapping.GloveboxMappingLoader;
import org.layerpress.plc.MiloGloveboxAdapter;
import org.layerpress.sim.GloveboxSimulator;

/**
 * The station's glovebox (docs/glovebox.md): a real controller named by a glovebox mapping file, the
 * simulated glovebox started beside the simulated press, or none. Closing it stops the polling and the
 * simulator it started.
 */
public final class StationGlovebox implements AutoCloseable {

    private final Optional<GloveboxSimulator> simulator;
    private final Optional<MiloGloveboxAdapter> adapter;

    private StationGlovebox(Optional<GloveboxSimulator> simulator, Optional<MiloGloveboxAdapter> adapter) {
        this.simulator = simulator;
        this.adapter = adapter;
    }

    public static StationGlovebox none() {
        return new StationGlovebox(Optional.empty(), Optional.empty());
    }

    /** A real glovebox controller, polled from now on; a bad file is refused at its file, line and key. */
    public static StationGlovebox connect(Path mappingFile, Path dataDir) {
        GloveboxMapping mapping = GloveboxMappingLoader.load(mappingFile);
        return new StationGlovebox(Optional.empty(), Optional.of(new MiloGloveboxAdapter(mapping, dataDir).start()));
    }

    /** The simulated glovebox on a free loopback port, and the HMI's link to it. */
    public static StationGlovebox simulated(Path dataDir) {
        GloveboxMapping mapping = GloveboxMappingLoader.loadBundled("glovebox-sim.yaml");
        GloveboxSimulator sim = new GloveboxSimulator(mapping, "127.0.0.1", 0, dataDir.resolve("simulator-pki"));
        sim.start();
        return new StationGlovebox(Optional.of(sim), Optional.of(new MiloGloveboxAdapter(mapping.withUrl(sim.endpointUrl()), dataDir).start()));
    }

    public Optional<AtmospherePort> port() {
        return adapter.map(a -> a);
    }

    @Override
    public void close() {
        adapter.ifPresent(MiloGloveboxAdapter::close);
        simulator.ifPresent(GloveboxSimulator::close);
    }
}
