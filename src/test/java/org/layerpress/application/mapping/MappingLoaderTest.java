package org.layerpress.application.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        assertEquals(5, force.samplingMillis(), "force defaults to 5 ms sampling (20 ms kept only ~46 % of a 100 Hz signal)");
        assertEquals(5, m.require(StandardSignal.RAM_POSITION).samplingMillis());
        assertEquals(100, m.require(StandardSignal.DOOR_CLOSED).samplingMillis(), "status bits default to 100 ms");
        assertTrue(m.require(StandardSignal.RAM_POSITION).node().numeric());
        assertEquals(1002, m.require(StandardSignal.RAM_POSITION).node().numericValue());
        assertTrue(m.require(StandardSignal.STOP).isMethod());
        assertEquals(Identity.Kind.ANONYMOUS, m.endpoint().identity().kind());
    }

    @Test
    void bundledMappingsLoad() {
        PressMapping sim = MappingLoader.loadBundled("simulator.yaml");
        assertTrue(sim.signal(StandardSignal.PLATEN_TEMPERATURE_TOP).isPresent());
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

    // ---- the PLC contract's optional parts (docs/plc-interface.md, Appendix B)

    /** VALID plus the contract's optional entries, as Appendix B writes them. */
    private static final String CONTRACT = VALID + """
              plcAlive:      { node: s=Press.Alive, type: UInt32, access: read, samplingMs: 100, timeoutMs: 1500 }
              pressState:    { node: s=Press.State, type: Int16, access: read }
              reset:         { node: s=Press.Cmd.Reset, type: Boolean, access: command }
            faultResetBy: operator
            faultTexts:
              101: Hydraulic oil temperature high
              5: Setpoint refused by the press
            forceTrace:
              count:    { node: s=Press.Trace.Count, type: UInt32 }
              force:    { node: s=Press.Trace.Force, type: Int16 }
              position: { node: s=Press.Trace.Position, type: Float, scale: { raw: [0, 1], eng: [0, 1] } }
              length: 4096
              periodMs: 10
            """;

    @Test
    void contractEntriesLoad() throws IOException {
        PressMapping m = load(CONTRACT);
        assertEquals(1500, m.plcAliveTimeoutMillis());
        assertEquals("count", m.require(StandardSignal.PLC_ALIVE).unit(), "a counter needs no unit in the file");
        assertEquals(100, m.require(StandardSignal.PLC_ALIVE).samplingMillis());
        assertEquals(OpcType.INT16, m.require(StandardSignal.PRESS_STATE).type());
        assertEquals(Access.COMMAND, m.require(StandardSignal.RESET).access());
        assertEquals(org.layerpress.application.press.FaultResetBy.OPERATOR, m.faultResetBy());
        assertEquals("Hydraulic oil temperature high", m.faultTexts().get(101));
        assertEquals("Setpoint refused by the press", m.faultTexts().get(5));
        TraceBlockSpec trace = m.forceTrace().orElseThrow();
        assertEquals(4096, trace.length());
        assertEquals(10, trace.periodMillis());
        assertEquals(100, trace.pollMillis(), "pollMs defaults to 100");
        assertEquals(150.0, trace.force().toEngineering(13824), 1e-9, "the force array takes the force signal's scale");
        assertEquals(12.5, trace.position().toEngineering(12.5), 1e-9, "its own scale wins");
    }

    @Test
    void contractDefaultsWhenTheEntriesAreAbsent() throws IOException {
        PressMapping m = load(VALID);
        assertEquals(1000, m.plcAliveTimeoutMillis());
        assertEquals(org.layerpress.application.press.FaultResetBy.SUPERVISOR, m.faultResetBy());
        assertTrue(m.faultTexts().isEmpty());
        assertTrue(m.forceTrace().isEmpty());
        assertTrue(m.signal(StandardSignal.PLC_ALIVE).isEmpty());
    }

    @Test
    void plcAliveTimeoutOutsideItsRangeIsRefusedWithTheLimit() {
        MappingException e = refused(CONTRACT.replace("timeoutMs: 1500", "timeoutMs: 200"));
        assertEquals("signals.plcAlive.timeoutMs", e.key());
        assertEquals(25, e.line());
        assertTrue(e.getMessage().contains("300..10000"), e.getMessage());
    }

    @Test
    void timeoutIsOnlyForPlcAlive() {
        MappingException e = refused(CONTRACT.replace("type: Int16, access: read }", "type: Int16, access: read, timeoutMs: 500 }"));
        assertEquals("signals.pressState.timeoutMs", e.key());
    }

    @Test
    void plcAliveMustBeAnInteger() {
        MappingException e = refused(CONTRACT.replace("s=Press.Alive, type: UInt32", "s=Press.Alive, type: Float"));
        assertEquals("signals.plcAlive.type", e.key());
        assertTrue(e.getMessage().contains("integer"), e.getMessage());
    }

    @Test
    void resetMustBeACommand() {
        MappingException e = refused(CONTRACT.replace("s=Press.Cmd.Reset, type: Boolean, access: command", "s=Press.Cmd.Reset, type: Boolean, access: write"));
        assertEquals("signals.reset.access", e.key());
    }

    @Test
    void faultCodeOutsideItsRangeIsRefused() {
        MappingException e = refused(CONTRACT.replace("  101: Hydraulic", "  70000: Hydraulic"));
        assertEquals("faultTexts.70000", e.key());
        assertEquals(30, e.line());
        assertTrue(e.getMessage().contains("1..65535"), e.getMessage());
        assertEquals("faultTexts.0", refused(CONTRACT.replace("  101: Hydraulic", "  0: Hydraulic")).key());
        assertTrue(refused(CONTRACT.replace("  101: Hydraulic", "  oil: Hydraulic")).getMessage().contains("'oil'"));
    }

    @Test
    void faultWordsMustNotBeEmpty() {
        MappingException e = refused(CONTRACT.replace("5: Setpoint refused by the press", "5: ''"));
        assertEquals("faultTexts.5", e.key());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void faultResetByIsSupervisorOrOperator() {
        MappingException e = refused(CONTRACT.replace("faultResetBy: operator", "faultResetBy: anyone"));
        assertEquals("faultResetBy", e.key());
        assertTrue(e.getMessage().contains("operator") && e.getMessage().contains("supervisor"), e.getMessage());
    }

    @Test
    void traceLengthMustBeAPowerOfTwoInRange() {
        MappingException e = refused(CONTRACT.replace("length: 4096", "length: 4000"));
        assertEquals("forceTrace.length", e.key());
        assertEquals(36, e.line());
        assertTrue(e.getMessage().contains("power of two"), e.getMessage());
        assertTrue(refused(CONTRACT.replace("length: 4096", "length: 128")).getMessage().contains("256..65536"));
        assertTrue(refused(CONTRACT.replace("length: 4096", "length: 131072")).getMessage().contains("256..65536"));
    }

    @Test
    void tracePeriodAndPollAreChecked() {
        MappingException e = refused(CONTRACT.replace("periodMs: 10", "periodMs: 0"));
        assertEquals("forceTrace.periodMs", e.key());
        assertTrue(e.getMessage().contains("1..100"), e.getMessage());
        MappingException slowPoll = refused(CONTRACT.replace("length: 4096\n  periodMs: 10", "length: 256\n  periodMs: 1\n  pollMs: 200"));
        assertEquals("forceTrace.pollMs", slowPoll.key());
        assertTrue(slowPoll.getMessage().contains("overwrite"), slowPoll.getMessage());
    }

    @Test
    void traceCountMustBeA32BitInteger() {
        MappingException e = refused(CONTRACT.replace("s=Press.Trace.Count, type: UInt32", "s=Press.Trace.Count, type: Float"));
        assertEquals("forceTrace.count.type", e.key());
        assertTrue(e.getMessage().contains("UInt32 or Int32"), e.getMessage());
    }

    @Test
    void traceArrayOfAnotherTypeThanAScaledSignalNeedsItsOwnScale() {
        MappingException e = refused(CONTRACT.replace("s=Press.Trace.Force, type: Int16", "s=Press.Trace.Force, type: Float"));
        assertEquals("forceTrace.force.type", e.key());
        assertTrue(e.getMessage().contains("own scale"), e.getMessage());
    }

    @Test
    void unknownTraceKeyIsRefused() {
        MappingException e = refused(CONTRACT.replace("  periodMs: 10", "  periodMs: 10\n  lenght: 4096"));
        assertEquals("forceTrace.lenght", e.key());
    }

    @Test
    void validRawDefaultsToTheRawRangeWidenedByOnePercent() throws IOException {
        Scaling s = load(VALID).require(StandardSignal.FORCE).scaling().orElseThrow();
        assertEquals(-276.48, s.validRawMin(), 1e-9);
        assertEquals(27924.48, s.validRawMax(), 1e-9);
        assertTrue(s.validRaw(27900) && !s.validRaw(32767) && !s.validRaw(-300));
    }

    @Test
    void explicitValidRawIsKeptAndChecked() throws IOException {
        PressMapping m = load(VALID.replace("eng: [0, 300] }", "eng: [0, 300], validRaw: [-864, 32511] }"));
        assertTrue(m.require(StandardSignal.FORCE).validRaw(32511));
        assertTrue(!m.require(StandardSignal.FORCE).validRaw(32512));
        MappingException e = refused(VALID.replace("eng: [0, 300] }", "eng: [0, 300], validRaw: [0, 40000] }"));
        assertEquals("signals.force.scale.validRaw", e.key());
        assertTrue(e.getMessage().contains("does not fit Int16"), e.getMessage());
        assertEquals("signals.force.scale.validRaw", refused(VALID.replace("eng: [0, 300] }", "eng: [0, 300], validRaw: [5, 5] }")).key());
    }

    @Test
    void bundledMappingsCarryTheContractEntries() {
        PressMapping sim = MappingLoader.loadBundled("simulator.yaml");
        assertTrue(sim.has(StandardSignal.PLC_ALIVE) && sim.has(StandardSignal.PRESS_STATE) && sim.has(StandardSignal.RESET));
        assertEquals(5, sim.forceTrace().orElseThrow().periodMillis(), "one sample per 5 ms simulator scan");
        assertEquals(4096, sim.forceTrace().orElseThrow().length());
        PressMapping s7 = MappingLoader.load(Path.of("plc-mapping/s7-1500-db-hmi.yaml"));
        assertTrue(s7.has(StandardSignal.PLC_ALIVE) && s7.has(StandardSignal.RESET));
        assertTrue(s7.faultTexts().keySet().stream().anyMatch(code -> code >= 100));
        assertEquals(OpcType.INT16, s7.forceTrace().orElseThrow().force().type());
        assertEquals(50.0, s7.forceTrace().orElseThrow().position().toEngineering(27648), 1e-9);
    }

    /** Loading {@code VALID} with {@code from} replaced by {@code to} is refused at {@code line} and {@code key}, saying {@code says}. */
    private void refusedAt(String from, String to, int line, String key, String says) {
        assertTrue(VALID.contains(from), from);
        MappingException e = refused(VALID.replace(from, to));
        assertTrue(e.file().endsWith("press.yaml"), e.file());
        assertEquals(key, e.key(), to + ": " + e.getMessage());
        assertEquals(line, e.line(), to + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(says), to + ": " + e.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            maxRampRate: 10 kN/s | maxRampRate: Infinity kN/s | 7  | press.maxRampRate | Infinity
            maxRampRate: 10 kN/s | maxRampRate: 1e400 kN/s    | 7  | press.maxRampRate | beyond the largest number a double holds
            capacity: 15 tf      | capacity: NaN tf           | 6  | press.capacity    | NaN
            eng: [0, 300]        | eng: [0, NaN]              | 10 | signals.force.scale.eng | expected a finite number, got 'NaN'
            eng: [0, 300]        | eng: [0, Infinity]         | 10 | signals.force.scale.eng | expected a finite number, got 'Infinity'
            eng: [0, 300]        | eng: [0, 1e400]            | 10 | signals.force.scale.eng | expected a finite number, got '1e400'
            raw: [0, 27648]      | raw: [-Infinity, 27648]    | 10 | signals.force.scale.raw | finite
            eng: [0, 300] }      | eng: [0, 300], validRaw: [NaN, 100] } | 10 | signals.force.scale.validRaw | finite
            """)
    void nonFiniteNumbersAreRefusedWhereTheyStand(String from, String to, int line, String key, String says) {
        refusedAt(from, to, line, key, says);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            capacity: 15 tf      | capacity: 1e300 tf     | 6  | press.capacity          | expected 1 to 2000 kN
            capacity: 15 tf      | capacity: 0.5 kN       | 6  | press.capacity          | expected 1 to 2000 kN
            maxRampRate: 10 kN/s | maxRampRate: 5000 kN/s | 7  | press.maxRampRate       | expected 0.01 to 100 kN/s
            eng: [0, 300]        | eng: [0, 1e300]        | 10 | signals.force.scale.eng | at most ±5,000 kN
            type: Double, access: read, unit: mm } | type: Double, access: read, unit: mm, scale: { raw: [0, 1e12], eng: [0, 50] } } | 11 | signals.ramPosition.scale.raw | at most ±1,000,000,000
            type: Double, access: read, unit: mm } | type: Double, access: read, unit: mm, scale: { raw: [0, 1], eng: [0, 5000] } } | 11 | signals.ramPosition.scale.eng | at most ±1,000 mm
            """)
    void implausibleNumbersForALabPressAreRefusedNamingTheLimit(String from, String to, int line, String key, String says) {
        refusedAt(from, to, line, key, says);
    }

    @Test
    void limitsOfALabPressStillLoad() throws IOException {
        PressMapping m = load(VALID.replace("capacity: 15 tf", "capacity: 2000 kN").replace("maxRampRate: 10 kN/s", "maxRampRate: 100 kN/s")
                .replace("eng: [0, 300]", "eng: [-5000, 5000]"));
        assertEquals(2000, m.press().capacity().kiloNewtons(), 1e-9);
        assertEquals(100, m.press().maxRampKiloNewtonsPerSecond(), 1e-9);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            rampRate:      { node: s=Ramp, | rampRate:      { node: s=SP, | 19 | signals.rampRate.node      | is already signals.setpointForce (line 18)
            start:         { node: s=Start, | start:         { node: s=HB, | 22 | signals.start.node        | is already signals.heartbeat (line 21)
            setpointForce: { node: s=SP,   | setpointForce: { node: s=F,  | 18 | signals.setpointForce.node | is already signals.force (line 10)
            """)
    void aNodeTheHmiWritesBelongsToOneSignalOnly(String from, String to, int line, String key, String says) {
        refusedAt(from, to, line, key, says);
    }

    @Test
    void twoReadSignalsMayShareANode() throws IOException {
        PressMapping m = load(VALID.replace("estopOk:       { node: s=Estop,", "estopOk:       { node: s=Door,"));
        assertEquals(m.require(StandardSignal.DOOR_CLOSED).node(), m.require(StandardSignal.ESTOP_OK).node());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1:99999/press         | port '99999' is out of range: a TCP port is 1..65535
            127.0.0.1:0/press             | port '0' is out of range
            127.0.0.1:48x0/press          | port '48x0' is out of range
            127.0.0.1:4840999999999/press | 1..65535
            127.0.0.1:/press              | port '' is out of range
            """)
    void endpointPortOutsideOneTo65535IsRefused(String hostPort, String says) {
        refusedAt("127.0.0.1:4840/press", hostPort, 2, "endpoint.url", says);
    }

    @Test
    void endpointWithoutPortOrWithAnIpv6HostLoads() throws IOException {
        assertEquals("opc.tcp://plc/press", load(VALID.replace("127.0.0.1:4840/press", "plc/press")).endpoint().url(), "no port: OPC UA's 4840");
        assertEquals("opc.tcp://[::1]:65535", load(VALID.replace("127.0.0.1:4840/press", "[::1]:65535")).endpoint().url());
    }
}
