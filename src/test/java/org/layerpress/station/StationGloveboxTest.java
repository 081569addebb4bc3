package org.layerpress.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.testing.Eventually.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.atmosphere.AtmospherePort;
import org.layerpress.application.mapping.MappingException;
import org.layerpress.application.mapping.ModbusGloveboxMapping;
import org.layerpress.application.mapping.ModbusGloveboxMappingLoader;
import org.layerpress.sim.ModbusGloveboxSimulator;

/** How the station picks its glovebox's protocol: the simulated one by --atmosphere-source, a real one by its mapping file. */
class StationGloveboxTest {

    @TempDir
    Path dir;

    @Test
    void theSimulatedGloveboxOverModbusIsReadBesideTheSimulatedPress() {
        try (StationGlovebox glovebox = StationGlovebox.simulated(dir, StationGlovebox.Source.parse("modbus"))) {
            AtmospherePort port = glovebox.port().orElseThrow();
            waitUntil("both gases read over Modbus", () -> port.current().o2().present() && port.current().h2o().present(), port::current);
            assertEquals("LayerPress simulated argon glovebox (Modbus TCP)", port.current().glovebox());
        }
    }

    @Test
    void aMappingFileWithAModbusSectionIsReadOverModbus() throws IOException {
        ModbusGloveboxMapping bundled = ModbusGloveboxMappingLoader.loadBundled("glovebox-modbus-sim.yaml");
        try (ModbusGloveboxSimulator sim = new ModbusGloveboxSimulator(bundled, "127.0.0.1", 0)) {
            sim.start();
            Path file = dir.resolve("box-modbus.yaml");
            Files.writeString(file, """
                    modbus:
                      host: 127.0.0.1
                      port: %d
                    glovebox:
                      model: line 3 box
                    registers:
                      o2Ppm:  { table: input, address: 0, type: float32, wordOrder: highFirst, unit: ppm }
                      h2oPpm: { table: holding, address: 10, type: uint16, scale: 0.01, unit: ppm }
                    """.formatted(sim.port()));
            try (StationGlovebox glovebox = StationGlovebox.connect(file, dir)) {
                AtmospherePort port = glovebox.port().orElseThrow();
                waitUntil("both gases read", () -> port.current().o2().present() && port.current().h2o().present(), port::current);
                assertEquals("line 3 box", port.current().glovebox());
            }
        }
    }

    @Test
    void aBadModbusMappingIsRefusedAtItsFileLineAndKeyBeforeAnythingConnects() throws IOException {
        Path file = dir.resolve("box-modbus.yaml");
        Files.writeString(file, """
                modbus:
                  host: 127.0.0.1
                glovebox:
                  model: line 3 box
                registers:
                  o2Ppm:  { table: input, address: 0, type: float32, wordOrder: middleFirst, unit: ppm }
                  h2oPpm: { table: holding, address: 10, type: uint16, unit: ppm }
                """);
        MappingException e = assertThrows(MappingException.class, () -> StationGlovebox.connect(file, dir));
        assertTrue(e.getMessage().startsWith(file + ":6: registers.o2Ppm.wordOrder: expected one of highFirst, lowFirst, got 'middleFirst'"),
                e.getMessage());
    }

    @Test
    void anUnknownAtmosphereSourceIsRefusedInWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StationGlovebox.Source.parse("profibus"));
        assertEquals("atmosphere source is opcua or modbus, not 'profibus'", e.getMessage());
    }
}
