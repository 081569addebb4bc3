package org.layerpress.plc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.testing.Eventually.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.EndpointSettings.SecurityModeName;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatorOptions;

/**
 * Basic256Sha256 SignAndEncrypt with a username against the simulator: the PLC certificate is
 * checked against the HMI's trust folder, an untrusted one is quarantined with instructions.
 */
class SecureConnectionTest {

    @TempDir
    static Path dir;
    static PressSimulator simulator;
    static PressMapping mapping;

    @BeforeAll
    static void start() throws Exception {
        Path password = dir.resolve("plc-password");
        Files.writeString(password, "s3cret\n");
        PressMapping plc = TestPlc.mapping(dir, "secure", TestPlc.secureUser(password), TestPlc.signals());
        simulator = new PressSimulator(plc, SimulatorOptions.loopback(0, dir.resolve("sim-pki"))
                .withSecurity(Set.of(SecurityModeName.SIGN_AND_ENCRYPT), Map.of("operator", "s3cret"), false),
                (dt, io) -> io.set(StandardSignal.FORCE, 12.5));
        simulator.start();
        mapping = TestPlc.forHmi(plc, simulator);
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void connectsWithSignAndEncryptAndUsernameOnceThePlcCertificateIsTrusted() throws Exception {
        Path data = dir.resolve("trusting");
        trust(data.resolve("pki"));
        try (MiloPressAdapter adapter = new MiloPressAdapter(mapping, data)) {
            List<Double> forces = new java.util.concurrent.CopyOnWriteArrayList<>();
            adapter.addSampleListener(s -> {
                if (s.signal() == StandardSignal.FORCE) {
                    forces.add(s.value());
                }
            });
            adapter.open();
            waitUntil("secure link up", () -> adapter.linkStatus().state() == LinkState.CONNECTED, adapter::linkStatus);
            assertTrue(adapter.linkStatus().detail().contains("Basic256Sha256/SignAndEncrypt, user operator"), adapter.linkStatus().detail());
            adapter.write(StandardSignal.RAMP_RATE, 7.5);
            assertEquals(7.5, simulator.image().get(StandardSignal.RAMP_RATE), 1e-9);
            waitUntil("an encrypted force sample", () -> forces.contains(12.5), () -> forces);
            assertTrue(Files.exists(data.resolve("pki/own/layerpress-hmi.der")), "the HMI's certificate is ready to copy to the PLC");
        }
    }

    @Test
    void untrustedPlcCertificateIsQuarantinedAndTrustingItConnects() throws Exception {
        Path data = dir.resolve("wary");
        try (MiloPressAdapter adapter = new MiloPressAdapter(mapping, data)) {
            adapter.open();
            Path rejected = adapter.trustFolder().resolve("rejected");
            waitUntil("refusal with instructions", () -> adapter.linkStatus().detail().contains(rejected.toString()), adapter::linkStatus);
            assertEquals(LinkState.RECONNECTING, adapter.linkStatus().state());
            assertTrue(adapter.linkStatus().detail().contains("PLC certificate not trusted"), adapter.linkStatus().detail());
            assertTrue(adapter.linkStatus().detail().contains(adapter.trustFolder().resolve("trusted/certs").toString()), adapter.linkStatus().detail());
            List<Path> files = list(rejected);
            assertEquals(1, files.size(), "the PLC certificate waits in rejected/: " + files);

            PressLinkException e = assertThrows(PressLinkException.class, () -> adapter.write(StandardSignal.RAMP_RATE, 1));
            assertTrue(e.getMessage().contains(rejected.toString()), e.getMessage());

            Path quarantined = files.get(0);
            Files.move(quarantined, adapter.trustFolder().resolve("trusted/certs").resolve(quarantined.getFileName()));
            waitUntil("link up after trusting", () -> adapter.linkStatus().state() == LinkState.CONNECTED, adapter::linkStatus);
            assertTrue(list(rejected).isEmpty(), "nothing left in rejected/ once trusted");
        }
    }

    @Test
    void wrongPasswordIsReportedAsARefusedLogin() throws Exception {
        Path data = dir.resolve("typo");
        trust(data.resolve("pki"));
        Path wrongPassword = dir.resolve("wrong-password");
        Files.writeString(wrongPassword, "s3cr3t");
        PressMapping typo = TestPlc.forHmi(TestPlc.mapping(dir, "typo", TestPlc.secureUser(wrongPassword), TestPlc.signals()), simulator);
        try (MiloPressAdapter adapter = new MiloPressAdapter(typo, data)) {
            adapter.open();
            waitUntil("refused login", () -> adapter.linkStatus().detail().contains("refused the login of user 'operator'"), adapter::linkStatus);
            assertTrue(adapter.linkStatus().detail().contains("Bad_"), adapter.linkStatus().detail());
        }
    }

    static void trust(Path pki) throws Exception {
        Path certs = Files.createDirectories(pki.resolve("trusted/certs"));
        Files.write(certs.resolve("simulator.der"), simulator.certificate().getEncoded());
    }

    static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
