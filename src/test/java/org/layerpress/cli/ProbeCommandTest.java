package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatedPressPlc;
import org.layerpress.sim.SimulatorOptions;

/** {@code layerpress probe} against the real simulator over TCP loopback: table, exit codes, test cycle. */
class ProbeCommandTest {

    @TempDir
    static Path dir;
    static PressSimulator simulator;
    static SimulatedPressPlc plc;
    static Path mappingFile;

    @BeforeAll
    static void startSimulator() throws IOException {
        PressMapping mapping = MappingLoader.loadBundled("simulator.yaml");
        plc = new SimulatedPressPlc(mapping.press());
        simulator = new PressSimulator(mapping, SimulatorOptions.loopback(0, dir.resolve("sim-pki")), plc);
        simulator.start();
        mappingFile = writeMapping("probe.yaml", s -> s);
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @AfterEach
    void closeTheDoorAgain() {
        plc.setDoorClosed(true);
    }

    static Path writeMapping(String name, java.util.function.UnaryOperator<String> edit) throws IOException {
        String yaml = Files.readString(Path.of("plc-mapping/simulator.yaml"))
                .replace("opc.tcp://127.0.0.1:4840/layerpress", simulator.endpointUrl());
        Path file = dir.resolve(name);
        Files.writeString(file, edit.apply(yaml));
        return file;
    }

    record Run(int exit, String out, String err) {
    }

    static Run probe(String... extra) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[extra.length + 1];
        args[0] = "probe";
        System.arraycopy(extra, 0, args, 1, extra.length);
        int exit = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void everyGoodSignalPrintsATableAndExitsZero() {
        Run r = probe("--mapping", mappingFile.toString(), "--data-dir", dir.resolve("hmi").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("force") && r.out().contains("s=Press.Force"), r.out());
        assertTrue(r.out().contains("all 22 signals good"), r.out()); // 19 (platen top, bottom, setpoint, heater fault among them) + plcAlive, pressState, reset
    }

    @Test
    void aNodeThePlcDoesNotHaveExitsOneAndIsNamed() throws IOException {
        Path bad = writeMapping("bad.yaml", s -> s.replace("s=Press.FaultCode", "s=Press.NoSuchNode"));
        Run r = probe("--mapping", bad.toString(), "--data-dir", dir.resolve("hmi").toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().contains("faultCode") && r.err().contains("Bad_NodeIdUnknown"), r.err());
    }

    @Test
    void testCycleAboveCapacityIsRefusedBeforeConnecting() {
        Run r = probe("--mapping", mappingFile.toString(), "--data-dir", dir.resolve("hmi").toString(),
                "--test-cycle", "--force-kN", "400", "--hold-s", "1", "--confirm-press-clear");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("above the press capacity"), r.err());
    }

    @Test
    void testCycleWithoutConfirmationIsRefused() {
        Run r = probe("--mapping", mappingFile.toString(), "--data-dir", dir.resolve("hmi").toString(),
                "--test-cycle", "--force-kN", "20", "--hold-s", "1");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--confirm-press-clear"), r.err());
    }

    @Test
    void testCycleWithTheDoorOpenIsRefused() {
        plc.setDoorClosed(false);
        Run r = probe("--mapping", mappingFile.toString(), "--data-dir", dir.resolve("hmi").toString(),
                "--test-cycle", "--force-kN", "20", "--hold-s", "1", "--confirm-press-clear");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("door open"), r.err());
    }

    @Test
    void testCycleRampsHoldsReleasesAndReportsFigures() {
        // 10 mm die at 360 MPa = 28.27 kN (docs/press-domain.md#unit-conversions).
        Run r = probe("--mapping", mappingFile.toString(), "--data-dir", dir.resolve("hmi").toString(),
                "--test-cycle", "--force-kN", "28.27", "--ramp-kN-s", "20", "--hold-s", "1", "--confirm-press-clear");
        assertEquals(0, r.exit(), r.err());
        double peak = figure(r.out(), "peak force");
        assertTrue(peak > 28.0 && peak < 28.8, "peak " + peak);
        assertTrue(figure(r.out(), "time to release") < 5, r.out());
        assertTrue(r.out().contains("hold decay"), r.out());
    }

    static double figure(String out, String name) {
        for (String line : out.split("\n")) {
            if (line.startsWith(name + ":")) {
                return Double.parseDouble(line.substring(name.length() + 1).trim().split(" ")[0]);
            }
        }
        throw new AssertionError("no '" + name + "' in\n" + out);
    }
}
