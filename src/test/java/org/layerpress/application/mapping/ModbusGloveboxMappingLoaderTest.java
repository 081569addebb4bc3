package org.layerpress.application.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Modbus glovebox mapping: registers as data, every refusal at its file, line and key. */
class ModbusGloveboxMappingLoaderTest {

    @TempDir
    Path dir;

    private static final String VALID = """
            modbus:
              host: 192.0.2.21
            glovebox:
              model: test glovebox
            registers:
              o2Ppm:  { table: input, address: 100, type: float32, wordOrder: lowFirst, unit: ppm }
              h2oPpm: { table: holding, address: 7, type: uint16, scale: 0.01, unit: ppm }
            """;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("box-modbus.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private MappingException refused(String yaml) {
        return assertThrows(MappingException.class, () -> ModbusGloveboxMappingLoader.load(write(yaml)));
    }

    @Test
    void readsHostRegistersAndTheDefaults() throws IOException {
        ModbusGloveboxMapping m = ModbusGloveboxMappingLoader.load(write(VALID));
        assertEquals("192.0.2.21", m.host());
        assertEquals(502, m.port());
        assertEquals(1, m.unitId());
        assertEquals(1_000, m.timeoutMillis());
        assertEquals(1_000, m.box().pollMillis());
        assertEquals(ModbusRegister.Table.INPUT, m.o2Ppm().table());
        assertEquals(100, m.o2Ppm().address());
        assertEquals(2, m.o2Ppm().quantity());
        assertEquals(ModbusRegister.Table.HOLDING, m.h2oPpm().table());
        assertEquals(0.01, m.h2oPpm().scale(), 1e-12);
    }

    @Test
    void aFloatIsDecodedInItsWordOrderAndAWordTimesItsScale() throws IOException {
        ModbusGloveboxMapping m = ModbusGloveboxMappingLoader.load(write(VALID));
        // 0.3f is 0x3E99999A: low word first puts 0x999A in the first register.
        assertEquals(0.3, m.o2Ppm().decode(new byte[] {(byte) 0x99, (byte) 0x9A, 0x3E, (byte) 0x99}), 1e-6);
        assertArrayEquals(new byte[] {(byte) 0x99, (byte) 0x9A, 0x3E, (byte) 0x99}, m.o2Ppm().encode(0.3));
        ModbusGloveboxMapping highFirst = ModbusGloveboxMappingLoader.load(write(VALID.replace("lowFirst", "highFirst")));
        assertEquals(0.3, highFirst.o2Ppm().decode(new byte[] {0x3E, (byte) 0x99, (byte) 0x99, (byte) 0x9A}), 1e-6);
        assertEquals(0.2, m.h2oPpm().decode(new byte[] {0, 20}), 1e-12);
        assertEquals(655.35, m.h2oPpm().decode(new byte[] {(byte) 0xFF, (byte) 0xFF}), 1e-9, "a uint16 is unsigned");
    }

    @Test
    void theBundledSimulatorMappingLoadsAndIsRecognisedAsModbus() throws IOException {
        ModbusGloveboxMapping m = ModbusGloveboxMappingLoader.loadBundled("glovebox-modbus-sim.yaml");
        assertEquals(ModbusRegister.DataType.FLOAT32, m.o2Ppm().type());
        assertTrue(ModbusGloveboxMappingLoader.isModbus(write(VALID)));
        Path opcUa = dir.resolve("opcua.yaml");
        Files.writeString(opcUa, "endpoint:\n  url: opc.tcp://x:4840\n");
        assertFalse(ModbusGloveboxMappingLoader.isModbus(opcUa), "a file with endpoint: is left to the OPC UA loader");
    }

    @Test
    void aFloatWithoutItsWordOrderIsRefusedAtItsLineAndKey() {
        MappingException e = refused(VALID.replace(", wordOrder: lowFirst", ""));
        assertEquals(6, e.line());
        assertEquals("registers.o2Ppm.wordOrder", e.key());
        assertTrue(e.getMessage().contains("box-modbus.yaml:6: registers.o2Ppm.wordOrder: missing"), e.getMessage());
    }

    @Test
    void anUnknownTableNamesTheChoices() {
        MappingException e = refused(VALID.replace("table: holding", "table: coils"));
        assertEquals(7, e.line());
        assertEquals("registers.h2oPpm.table", e.key());
        assertTrue(e.getMessage().contains("expected one of holding, input, got 'coils'"), e.getMessage());
    }

    @Test
    void overlappingRegistersAreRefused() {
        MappingException e = refused(VALID.replace("table: holding, address: 7", "table: input, address: 101"));
        assertEquals("registers.h2oPpm.address", e.key());
        assertTrue(e.getMessage().contains("overlaps o2Ppm's input register 100"), e.getMessage());
    }

    @Test
    void aScaleOnAFloatAndAnUnknownKeyAreRefused() {
        assertEquals("registers.o2Ppm.scale", refused(VALID.replace("unit: ppm }\n  h2oPpm", "unit: ppm, scale: 2 }\n  h2oPpm")).key());
        MappingException unknown = refused(VALID.replace("  host: 192.0.2.21\n", "  host: 192.0.2.21\n  baud: 9600\n"));
        assertEquals(3, unknown.line());
        assertTrue(unknown.key().startsWith("modbus"), unknown.getMessage());
    }

    @Test
    void aUnitIdPastTheProtocolsRangeIsRefused() {
        MappingException e = refused(VALID.replace("  host: 192.0.2.21\n", "  host: 192.0.2.21\n  unitId: 300\n"));
        assertEquals(3, e.line());
        assertEquals("modbus.unitId", e.key());
        assertTrue(e.getMessage().contains("expected 0..255"), e.getMessage());
    }
}
