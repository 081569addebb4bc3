package org.layerpress.plc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.layerpress.application.mapping.EndpointSettings;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.sim.PressSimulator;

/** Test mappings written as YAML files, and the HMI's copy of a simulator mapping pointed at its port. */
final class TestPlc {

    static final String NAMESPACE = "urn:layerpress:test:press";
    static final String SCALE = "scale: { raw: [0, 27648], eng: [0, 300] }";

    private TestPlc() {
    }

    /** The standard signal set, Double/Boolean nodes like the bundled simulator; override entries per test. */
    static Map<String, String> signals() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("force", "{ node: s=Press.Force, type: Double, access: read, unit: kN }");
        s.put("ramPosition", "{ node: s=Press.RamPosition, type: Double, access: read, unit: mm }");
        s.put("doorClosed", "{ node: s=Press.DoorClosed, type: Boolean, access: read }");
        s.put("estopOk", "{ node: s=Press.EstopOk, type: Boolean, access: read }");
        s.put("ready", "{ node: s=Press.Ready, type: Boolean, access: read }");
        s.put("running", "{ node: s=Press.Running, type: Boolean, access: read }");
        s.put("stepDone", "{ node: s=Press.StepDone, type: Boolean, access: read }");
        s.put("faultCode", "{ node: s=Press.FaultCode, type: Int32, access: read, unit: code }");
        s.put("setpointForce", "{ node: s=Press.SetpointForce, type: Double, access: write, unit: kN }");
        s.put("rampRate", "{ node: s=Press.RampRate, type: Double, access: write, unit: kN/s }");
        s.put("holdTime", "{ node: s=Press.HoldTime, type: Double, access: write, unit: s }");
        s.put("heartbeat", "{ node: s=Press.Heartbeat, type: UInt32, access: write, unit: count }");
        s.put("start", "{ node: s=Press.Cmd.Start, type: Boolean, access: command }");
        s.put("release", "{ node: s=Press.Cmd.Release, type: Boolean, access: command }");
        s.put("stop", "{ node: s=Press.Cmd.Stop, type: Boolean, access: command }");
        return s;
    }

    static String anonymousNone() {
        return """
                  securityPolicy: None
                  securityMode: None
                """;
    }

    static String secureUser(Path passwordFile) {
        return """
                  securityPolicy: Basic256Sha256
                  securityMode: SignAndEncrypt
                  identity: { type: username, username: operator, passwordFile: "%s" }
                """.formatted(passwordFile.toAbsolutePath().toString().replace("\\", "/"));
    }

    /** Writes and loads a mapping file; the URL's port is a placeholder until {@link #forHmi}. */
    static PressMapping mapping(Path dir, String name, String endpointLines, Map<String, String> signals) {
        StringBuilder yaml = new StringBuilder()
                .append("endpoint:\n  url: opc.tcp://127.0.0.1:4840/layerpress\n").append(endpointLines)
                .append("  trustDir: pki\n")
                .append("namespaceUri: ").append(NAMESPACE).append('\n')
                .append("press:\n  model: test press\n  capacity: 300 kN\n  maxRampRate: 20 kN/s\n")
                .append("signals:\n");
        signals.forEach((k, v) -> yaml.append("  ").append(k).append(": ").append(v).append('\n'));
        try {
            Path file = dir.resolve(name + ".yaml");
            Files.writeString(file, yaml);
            return MappingLoader.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same mapping with the URL of a running (or about to run) simulator. */
    static PressMapping forHmi(PressMapping mapping, PressSimulator simulator) {
        EndpointSettings e = mapping.endpoint();
        return mapping.withEndpoint(new EndpointSettings(simulator.endpointUrl(), e.securityPolicy(), e.securityMode(), e.identity(), e.trustDir()));
    }
}
