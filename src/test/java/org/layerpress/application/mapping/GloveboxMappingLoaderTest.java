package org.layerpress.application.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GloveboxMappingLoaderTest {

    @TempDir
    Path dir;

    private static final String VALID = """
            endpoint:
              url: opc.tcp://192.0.2.20:4840/box
            namespaceUri: urn:test:glovebox
            glovebox:
              model: test glovebox
            signals:
              o2Ppm:  { node: s=O2, type: Int16, unit: ppm, scale: { raw: [0, 27648], eng: [0, 100] } }
              h2oPpm: { node: i=1002, type: Double, unit: ppm }
            """;

    private GloveboxMapping load(String yaml) throws IOException {
        Path file = dir.resolve("glovebox.yaml");
        Files.writeString(file, yaml);
        return GloveboxMappingLoader.load(file);
    }

    private MappingException refused(String yaml) {
        return assertThrows(MappingException.class, () -> load(yaml));
    }

    @Test
    void readsTheEndpointTheGasNodesAndTheDefaults() throws IOException {
        GloveboxMapping m = load(VALID);
        assertEquals("opc.tcp://192.0.2.20:4840/box", m.endpoint().url());
        assertEquals("urn:test:glovebox", m.namespaceUri());
        assertEquals("test glovebox", m.model());
        assertEquals(1_000, m.pollMillis());
        assertEquals(10_000, m.staleAfterMillis());
        assertEquals(50.0, m.o2Ppm().toEngineering(13_824), 1e-9);
        assertEquals(new NodeRef(true, "1002"), m.h2oPpm().node());
        assertTrue(m.status().isEmpty());
        assertTrue(m.alive().isEmpty());
    }

    @Test
    void theBundledSimulatorMappingLoadsWithStatusAndAlive() {
        GloveboxMapping m = GloveboxMappingLoader.loadBundled("glovebox-sim.yaml");
        assertTrue(m.status().isPresent());
        assertEquals(5_000, m.aliveTimeoutMillis());
        assertEquals(OpcType.UINT32, m.alive().orElseThrow().type());
    }

    @Test
    void aMissingGasIsRefusedAtTheSignalsSection() {
        MappingException e = refused(VALID.replace("  h2oPpm: { node: i=1002, type: Double, unit: ppm }\n", ""));
        assertTrue(e.getMessage().endsWith(":7: signals.h2oPpm: missing"), e.getMessage());
    }

    @Test
    void aGasInAnotherUnitIsRefusedAtItsLineAndKey() {
        MappingException e = refused(VALID.replace("type: Double, unit: ppm", "type: Double, unit: '%'"));
        assertEquals(8, e.line());
        assertEquals("signals.h2oPpm.unit", e.key());
        assertTrue(e.getMessage().contains("expected ppm"), e.getMessage());
    }

    @Test
    void aScaleBeyondAThousandPpmIsRefused() {
        MappingException e = refused(VALID.replace("eng: [0, 100]", "eng: [0, 5000]"));
        assertEquals("signals.o2Ppm.scale.eng", e.key());
        assertTrue(e.getMessage().contains("0..1000 ppm"), e.getMessage());
    }

    @Test
    void aBooleanGasNodeIsRefused() {
        MappingException e = refused(VALID.replace("i=1002, type: Double", "i=1002, type: Boolean"));
        assertEquals("signals.h2oPpm.type", e.key());
    }

    @Test
    void anUnknownKeyIsRefusedNotIgnored() {
        MappingException e = refused(VALID.replace("  model: test glovebox\n", "  model: test glovebox\n  pollMS: 500\n"));
        assertEquals(6, e.line());
        assertEquals("glovebox.pollMS", e.key());
    }

    @Test
    void staleAfterShorterThanTwoPollsIsRefused() {
        MappingException e = refused(VALID.replace("  model: test glovebox\n", "  model: test glovebox\n  pollMs: 1000\n  staleAfterMs: 1500\n"));
        assertEquals("glovebox.staleAfterMs", e.key());
        assertTrue(e.getMessage().contains("at least two polls"), e.getMessage());
    }

    @Test
    void theEndpointIsReadLikeThePressMappingsPasswordsIncluded() {
        MappingException e = refused(VALID.replace("  url: opc.tcp://192.0.2.20:4840/box\n",
                "  url: opc.tcp://192.0.2.20:4840/box\n  identity: { type: username, username: hmi, password: secret }\n"));
        assertEquals("endpoint.identity.password", e.key());
        assertTrue(e.getMessage().contains("passwords never go in a mapping file"), e.getMessage());
    }

    @Test
    void anAliveTimeoutOutsideItsRangeIsRefused() {
        MappingException e = refused(VALID + "  alive: { node: s=A, type: UInt32, timeoutMs: 100 }\n");
        assertEquals("signals.alive.timeoutMs", e.key());
        assertTrue(e.getMessage().contains("1000..60000 ms"), e.getMessage());
    }
}
