package org.layerpress.application.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.units.ForceUnit;

class MappingLoaderTest {

    @TempDir
    Path dir;

    private static final String VALID = """
            endpoint:
              url: opc.tcp://127.0.0.1:4840/press
            namespaceUri: urn:test:press
            press:
              model: test press
              capacity: 15 tf
              maxRampRate: 10 kN/s
              capabilities: [automaticRampHold]
            signals:
              force:         { node: s=F, type: Int16, access: read, unit: kN, scale: { raw: [0, 27648], eng: [0, 300] } }
              ramPosition:   { node: i=1002, type: Double, access: read, unit: mm }
              doorClosed:    { node: s=Door, type: Boolean, access: read }
              estopOk:       { node: s=Estop, type: Boolean, access: read }
              ready:         { node: s=Ready, type: Boolean, access: read }
              running:       { node: s=Running, type: Boolean, access: read }
              stepDone:      { node: s=Done, type: Boolean, access: read }
              faultCode:     { node: s=Fault, type: Int32, access: read, unit: code }
              setpointForce: { node: s=SP, type: Double, access: write, unit: kN }
              rampRate:      { node: s=Ramp, type: Double, access: write, unit: kN/s }
              holdTime:      { node: s=Hold, type: UInt16, access: write, unit: s }
              heartbeat:     { node: s=HB, type: UInt16, access: write, unit: count }
              start:         { node: s=Start, type: Boolean, access: command }
              release:       { node: s=Release, type: Boolean, access: command }
              stop:          { access: command, method: { object: s=Press, node: s=Press.Stop } }
            """;

    private PressMapping load(String yaml) throws IOException {
        Path file = dir.resolve("press.yaml");
        Files.writeString(file, yaml);
        return MappingLoader.load(file);
    }

    private MappingException refused(String yaml) {
        return assertThrows(MappingException.class, () -> load(yaml));
    }

    @Test
    void validMappingLoadsEverySignalWithItsSettings() throws IOException {
        PressMapping m = load(VALID);
        assertEquals("urn:test:press", m.namespaceUri());
        assertEquals(15, m.press().capacity().in(ForceUnit.TONNE_FORCE), 1e-9);
        assertTrue(m.press().has(PressCapability.AUTOMATIC_RAMP_HOLD));
        SignalSpec force = m.require(StandardSignal.FORCE);
        assertEquals(OpcType.INT16, force.type());
        assertEquals(20, force.samplingMillis(), "force defaults to 20 ms sampling");
        assertEquals(100, m.require(StandardSignal.DOOR_CLOSED).samplingMillis(), "status bits default to 100 ms");
        assertTrue(m.require(StandardSignal.RAM_POSITION).node().numeric());
        assertEquals(1002, m.require(StandardSignal.RAM_POSITION).node().numericValue());
        assertTrue(m.require(StandardSignal.STOP).isMethod());
        assertEquals(Identity.Kind.ANONYMOUS, m.endpoint().identity().kind());
    }

    @Test
    void bundledMappingsLoad() {
        PressMapping sim = MappingLoader.loadBundled("simulator.yaml");
        assertTrue(sim.signal(StandardSignal.PLATEN_TEMPERATURE).isPresent());
        PressMapping s7 = MappingLoader.load(Path.of("plc-mapping/s7-1500-db-hmi.yaml"));
        assertEquals("\"DB_HMI\".\"Force_raw\"", s7.require(StandardSignal.FORCE).node().identifier(),
                "quoted Siemens-style string ids keep their quotes");
        assertEquals(EndpointSettings.SecurityPolicyName.BASIC256SHA256, s7.endpoint().securityPolicy());
    }

    @Test
    void scaledForceConvertsBothWays() throws IOException {
        SignalSpec force = load(VALID).require(StandardSignal.FORCE);
        assertEquals(150.0, force.toEngineering(13824), 1e-9);
        assertEquals(27648.0, force.toRaw(300), 1e-9);
    }

    @Test
    void unknownTypeNamesFileLineAndKey() {
        MappingException e = refused(VALID.replace("node: s=Fault, type: Int32", "node: s=Fault, type: Int33"));
        assertTrue(e.file().endsWith("press.yaml"));
        assertEquals(17, e.line());
        assertEquals("signals.faultCode.type", e.key());
        assertTrue(e.getMessage().contains("Int33") && e.getMessage().contains("Int16"), e.getMessage());
    }

    @Test
    void missingNamespaceIsNamed() {
        MappingException e = refused(VALID.replace("namespaceUri: urn:test:press\n", ""));
        assertEquals("namespaceUri", e.key());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void namespaceIndexInsteadOfUriIsRefused() {
        MappingException e = refused(VALID.replace("namespaceUri: urn:test:press", "namespaceUri: 3"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("URI"), e.getMessage());
    }

    @Test
    void scalingWithoutRawSpanIsRefused() {
        MappingException e = refused(VALID.replace("raw: [0, 27648]", "raw: [100, 100]"));
        assertEquals("signals.force.scale.raw", e.key());
        assertEquals(10, e.line());
        assertTrue(e.getMessage().contains("raw min equals raw max"), e.getMessage());
    }

    @Test
    void rawRangeBeyondTheTypeIsRefused() {
        MappingException e = refused(VALID.replace("raw: [0, 27648]", "raw: [0, 65535]"));
        assertTrue(e.getMessage().contains("does not fit Int16"), e.getMessage());
    }

    @Test
    void missingRequiredSignalIsNamed() {
        MappingException e = refused(VALID.replace("  heartbeat:     { node: s=HB, type: UInt16, access: write, unit: count }\n", ""));
        assertEquals("signals", e.key());
        assertTrue(e.getMessage().contains("heartbeat"), e.getMessage());
    }

    @Test
    void duplicateSignalNameIsRefused() {
        MappingException e = refused(VALID.replace("  release:", "  start:         { node: s=Start2, type: Boolean, access: command }\n  release:"));
        assertTrue(e.getMessage().contains("duplicate") || e.getMessage().contains("found duplicate key"), e.getMessage());
        assertTrue(e.line() >= 23, "points at the second occurrence, line " + e.line());
    }

    @Test
    void unknownSignalNameSuggestsTheStandardSet() {
        MappingException e = refused(VALID.replace("  ramPosition:", "  forse: { node: s=X, type: Double, access: read, unit: kN }\n  ramPosition:"));
        assertEquals("signals.forse", e.key());
        assertTrue(e.getMessage().contains("ramPosition"), e.getMessage());
    }

    @Test
    void unknownKeyIsATypoNotASilentDefault() {
        MappingException e = refused(VALID.replace("  capacity: 15 tf", "  capacity: 15 tf\n  capacty: 20 tf"));
        assertEquals("press.capacty", e.key());
    }

    @Test
    void bareCapacityNumberIsRefusedForWantOfAUnit() {
        MappingException e = refused(VALID.replace("capacity: 15 tf", "capacity: 15"));
        assertEquals("press.capacity", e.key());
        assertTrue(e.getMessage().contains("unit"), e.getMessage());
    }

    @Test
    void forceMustBeInKiloNewtons() {
        MappingException e = refused(VALID.replace("access: read, unit: kN, scale", "access: read, unit: lbf, scale"));
        assertEquals("signals.force.unit", e.key());
        assertTrue(e.getMessage().contains("kN"), e.getMessage());
    }

    @Test
    void inputDeclaredWritableIsRefused() {
        MappingException e = refused(VALID.replace("node: s=Door, type: Boolean, access: read", "node: s=Door, type: Boolean, access: write"));
        assertEquals("signals.doorClosed.access", e.key());
    }

    @Test
    void passwordInTheMappingIsRefused() {
        MappingException e = refused(VALID.replace("  url: opc.tcp://127.0.0.1:4840/press\n",
                "  url: opc.tcp://127.0.0.1:4840/press\n  identity:\n    type: username\n    username: hmi\n    password: secret\n"));
        assertEquals("endpoint.identity.password", e.key());
        assertTrue(e.getMessage().contains("passwordEnv"), e.getMessage());
    }

    @Test
    void securityPolicyAndModeMustAgree() {
        MappingException e = refused(VALID.replace("  url: opc.tcp://127.0.0.1:4840/press\n",
                "  url: opc.tcp://127.0.0.1:4840/press\n  securityPolicy: Basic256Sha256\n  securityMode: None\n"));
        assertEquals("endpoint.securityMode", e.key());
    }

    @Test
    void badNodeIdSyntaxIsExplained() {
        MappingException e = refused(VALID.replace("node: s=SP,", "node: ns=2;s=SP,"));
        assertEquals("signals.setpointForce.node", e.key());
        assertTrue(e.getMessage().contains("'s='"), e.getMessage());
    }

    @Test
    void brokenYamlNamesTheLine() {
        MappingException e = refused(VALID.replace("  model: test press", "  model: [test press"));
        assertTrue(e.line() > 0);
        assertEquals("(yaml)", e.key());
    }
}
