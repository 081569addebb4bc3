package org.layerpress.station;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.layerpress.application.atmosphere.AtmospherePort;
import org.layerpress.application.mapping.GloveboxMapping;
import org.layerpress.application.mapping.GloveboxMappingLoader;
import org.layerpress.application.mapping.ModbusGloveboxMapping;
import org.layerpress.application.mapping.ModbusGloveboxMappingLoader;
import org.layerpress.modbus.ModbusGloveboxAdapter;
import org.layerpress.plc.MiloGloveboxAdapter;
import org.layerpress.sim.GloveboxSimulator;
import org.layerpress.sim.ModbusGloveboxSimulator;

/**
 * The station's glovebox (docs/glovebox.md): a real controller named by a glovebox mapping file (OPC UA,
 * or Modbus TCP when the file has a {@code modbus:} section), the simulated glovebox started beside the
 * simulated press over either protocol, or none. Closing it stops the polling and the simulator it started.
 */
public final class StationGlovebox implements AutoCloseable {

    /** Which protocol the station reads its glovebox's atmosphere over. */
    public enum Source {
        OPCUA, MODBUS;

        /** "opcua" or "modbus", as typed after {@code --atmosphere-source}. */
        public static Source parse(String text) {
            for (Source s : values()) {
                if (s.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("atmosphere source is opcua or modbus, not '" + text + "'");
        }
    }

    private final Optional<Runnable> stopSimulator;
    private final Optional<AtmospherePort> adapter;

    private StationGlovebox(Optional<Runnable> stopSimulator, Optional<AtmospherePort> adapter) {
        this.stopSimulator = stopSimulator;
        this.adapter = adapter;
    }

    public static StationGlovebox none() {
        return new StationGlovebox(Optional.empty(), Optional.empty());
    }

    /** A real glovebox controller, polled from now on; a bad file is refused at its file, line and key. */
    public static StationGlovebox connect(Path mappingFile, Path dataDir) {
        if (ModbusGloveboxMappingLoader.isModbus(mappingFile)) {
            ModbusGloveboxMapping mapping = ModbusGloveboxMappingLoader.load(mappingFile);
            return new StationGlovebox(Optional.empty(), Optional.of(new ModbusGloveboxAdapter(mapping).start()));
        }
        GloveboxMapping mapping = GloveboxMappingLoader.load(mappingFile);
        return new StationGlovebox(Optional.empty(), Optional.of(new MiloGloveboxAdapter(mapping, dataDir).start()));
    }

    /** The simulated glovebox on a free loopback port, speaking {@code source}, and the HMI's link to it. */
    public static StationGlovebox simulated(Path dataDir, Source source) {
        if (source == Source.MODBUS) {
            ModbusGloveboxMapping mapping = ModbusGloveboxMappingLoader.loadBundled("glovebox-modbus-sim.yaml");
            ModbusGloveboxSimulator sim = new ModbusGloveboxSimulator(mapping, "127.0.0.1", 0);
            sim.start();
            return new StationGlovebox(Optional.of(sim::close), Optional.of(new ModbusGloveboxAdapter(mapping.at("127.0.0.1", sim.port())).start()));
        }
        GloveboxMapping mapping = GloveboxMappingLoader.loadBundled("glovebox-sim.yaml");
        GloveboxSimulator sim = new GloveboxSimulator(mapping, "127.0.0.1", 0, dataDir.resolve("simulator-pki"));
        sim.start();
        return new StationGlovebox(Optional.of(sim::close), Optional.of(new MiloGloveboxAdapter(mapping.withUrl(sim.endpointUrl()), dataDir).start()));
    }

    public Optional<AtmospherePort> port() {
        return adapter;
    }

    @Override
    public void close() {
        adapter.ifPresent(AtmospherePort::close);
        stopSimulator.ifPresent(Runnable::run);
    }
}
