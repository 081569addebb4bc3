package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.commissioning.conformance.ConformanceCheck;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.sim.ContractDeviation;
import org.layerpress.sim.FaultCode;
import org.layerpress.sim.PlcState;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatedPressPlc;
import org.layerpress.sim.SimulatorOptions;
import org.layerpress.testing.Eventually;

/**
 * {@code layerpress probe --conformance} against the simulator: it passes the contract as written,
 * and each deliberately broken clause (setpoints read live, reset ignored, plcAlive stuck, trace count
 * stuck) fails by name, and only that one. Short holds, a one-second trace watch and the shortest
 * watchdog the contract allows (2.5 s) keep each run near a quarter of a minute.
 */
class ConformanceCheckTest {

    @TempDir
    static Path dir;
    static SimulatedPressPlc plc;
    static PressSimulator simulator;
    static Path mappingFile;

    @BeforeAll
    static void start() throws IOException {
        PressMapping mapping = MappingLoader.loadBundled("simulator.yaml");
        plc = new SimulatedPressPlc(mapping.press(), SimulatedPressPlc.Settings.defaults().withHeartbeatTimeoutSeconds(2.5));
        simulator = new PressSimulator(mapping, SimulatorOptions.loopback(0, dir.resolve("sim-pki")), plc);
        simulator.start();
        mappingFile = dir.resolve("conformance.yaml");
        Files.writeString(mappingFile, Files.readString(Path.of("plc-mapping/simulator.yaml"))
                .replace("opc.tcp://127.0.0.1:4840/layerpress", simulator.endpointUrl()));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    /** Back to a PLC that keeps the contract, idle and without a fault, for the next run. */
    @AfterEach
    void restore() {
        simulator.deviateFrom(Set.of());
        plc.setDoorClosed(true);
        Eventually.waitUntil("idle", () -> plc.state() == PlcState.IDLE, plc::state);
        if (plc.faultCode() != FaultCode.NONE) {
            simulator.fireCommand(StandardSignal.RESET);
        }
        Eventually.waitUntil("no fault", () -> plc.faultCode() == FaultCode.NONE, plc::faultCode);
    }

    record Run(int exit, String out, String err) {

        /** The verdict printed for a clause ("PASS", "FAIL", "NOT MAPPED"). */
        String verdict(String clause) {
            for (String line : out.split("\n")) {
                String[] cells = line.trim().split("\\s{2,}");
                if (cells.length >= 2 && cells[1].equals(clause)) {
                    return cells[0];
                }
            }
            throw new AssertionError("no row for '" + clause + "' in\n" + out);
        }

        List<String> failed(List<String> clauses) {
            return clauses.stream().filter(c -> verdict(c).equals("FAIL")).toList();
        }
    }

    static Run conformance(String... extra) {
        List<String> args = new ArrayList<>(List.of("probe", "--mapping", mappingFile.toString(), "--data-dir", dir.resolve("hmi").toString(),
                "--conformance", "--hold-s", "1", "--trace-seconds", "1"));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void theClausesAreTheContractsTable() throws IOException {
        assertEquals(documentedRows("| clause"), ConformanceCheck.clauseNames(), "one clause per row of section 9, in its order");
    }

    /** The first column of the section 9 table whose header starts with {@code header}. */
    static List<String> documentedRows(String header) throws IOException {
        List<String> documented = new ArrayList<>();
        boolean inSection = false;
        boolean inTable = false;
        for (String line : Files.readAllLines(Path.of("docs/plc-interface.md"))) {
            if (line.startsWith("## ")) {
                inSection = line.startsWith("## 9. ");
            } else if (inSection && line.startsWith(header + " ")) {
                inTable = true;
            } else if (inTable && !line.startsWith("|")) {
                inTable = false;
            } else if (inTable && !line.startsWith("|---")) {
                documented.add(line.split("\\|")[1].trim());
            }
        }
        return documented;
    }

    @Test
    void theSimulatorKeepsTheContract() {
        Run r = conformance("--confirm-press-clear");
        assertEquals(0, r.exit(), r.out() + r.err());
        for (String clause : ConformanceCheck.clauseNames()) {
            assertEquals("PASS", r.verdict(clause), clause + " in\n" + r.out());
        }
        assertTrue(r.out().contains("every mapped clause passes"), r.out());
    }

    @Test
    void setpointsReadLiveFailTheirClause() {
        assertOnlyThisFails(ContractDeviation.SETPOINTS_READ_LIVE, "setpoints latched at START", "took effect");
    }

    @Test
    void anIgnoredResetFailsItsClause() {
        assertOnlyThisFails(ContractDeviation.RESET_IGNORED, "fault and reset", "after reset");
    }

    @Test
    void aStuckPlcAliveFailsItsClause() {
        assertOnlyThisFails(ContractDeviation.PLC_ALIVE_STUCK, "plcAlive advancing", "no change");
    }

    @Test
    void aStuckTraceCountFailsItsClause() {
        assertOnlyThisFails(ContractDeviation.TRACE_COUNT_STUCK, "trace block", "did not advance");
    }

    private static void assertOnlyThisFails(ContractDeviation deviation, String clause, String words) {
        simulator.deviateFrom(Set.of(deviation));
        assertOnlyThisFailed(conformance("--confirm-press-clear"), ConformanceCheck.clauseNames(), clause, words);
    }

    /** Exit 1, only {@code clause} of the table {@code clauses} FAIL, named on stderr, its row saying {@code words}. */
    static void assertOnlyThisFailed(Run r, List<String> clauses, String clause, String words) {
        assertEquals(1, r.exit(), r.out() + r.err());
        assertEquals(List.of(clause), r.failed(clauses), r.out());
        assertTrue(r.err().contains(clause), r.err());
        String row = r.out().lines().filter(l -> l.contains(clause)).findFirst().orElseThrow();
        assertTrue(row.contains(words), row);
    }

    @Test
    void withoutConfirmationItIsRefused() {
        Run r = conformance();
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--confirm-press-clear"), r.err());
    }

    @Test
    void withTheDoorOpenItIsRefused() {
        plc.setDoorClosed(false);
        Run r = conformance("--confirm-press-clear");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("door open"), r.err());
    }

    @Test
    void withoutAConnectionItIsRefused() throws IOException {
        Path nowhere = dir.resolve("nowhere.yaml");
        Files.writeString(nowhere, Files.readString(mappingFile).replace(simulator.endpointUrl(), "opc.tcp://127.0.0.1:1/layerpress"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), "probe", "--mapping", nowhere.toString(),
                "--data-dir", dir.resolve("hmi").toString(), "--conformance", "--confirm-press-clear", "--timeout-s", "1");
        assertEquals(2, exit, out.toString());
        assertTrue(err.toString().contains("no link"), err.toString());
    }
}
