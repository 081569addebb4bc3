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
import org.layerpress.sim.IsostaticVesselPlc;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatorOptions;
import org.layerpress.testing.Eventually;

/**
 * {@code layerpress probe --conformance} on the shipped CIP mapping, against the simulated vessel
 * ({@code IsostaticVesselPlc}) over OPC UA loopback: it walks the vessel's table and passes the
 * contract as the simulator keeps it; setpoints read while pressurising or a reset that clears
 * nothing fail their row by name; an unlocked lid or a vessel not vented refuses the check (exit 2).
 * A one-second watch of the hold and the shortest watchdog the contract allows (2.5 s) keep it short.
 */
class VesselConformanceCheckTest {

    @TempDir
    static Path dir;
    static IsostaticVesselPlc plc;
    static PressSimulator simulator;
    static Path mappingFile;

    @BeforeAll
    static void start() throws IOException {
        PressMapping mapping = MappingLoader.load(Path.of("plc-mapping/isostatic-cip.yaml"));
        IsostaticVesselPlc.Settings s = IsostaticVesselPlc.Settings.of(mapping);
        plc = new IsostaticVesselPlc(new IsostaticVesselPlc.Settings(s.ratingMegaPascals(), s.maxRate(), s.maxCelsius(), 2.5));
        simulator = new PressSimulator(mapping, SimulatorOptions.loopback(0, dir.resolve("sim-pki")), plc);
        simulator.start();
        mappingFile = dir.resolve("vessel.yaml");
        Files.writeString(mappingFile, Files.readString(Path.of("plc-mapping/isostatic-cip.yaml"))
                .replace("opc.tcp://127.0.0.1:4840/layerpress", simulator.endpointUrl()));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    /** Back to a vessel that keeps the contract, locked, vented and without a fault, for the next run. */
    @AfterEach
    void restore() {
        simulator.deviateFrom(Set.of());
        simulator.clearRawValue(StandardSignal.PRESSURE_RELEASED);
        simulator.fireCommand(StandardSignal.LOCK_LID);
        Eventually.waitUntil("idle", () -> plc.state() == IsostaticVesselPlc.State.IDLE && plc.lidLocked(), plc::state);
        if (plc.fault() != FaultCode.NONE) {
            simulator.fireCommand(StandardSignal.RESET);
        }
        Eventually.waitUntil("no fault", () -> plc.fault() == FaultCode.NONE, plc::fault);
    }

    static ConformanceCheckTest.Run conformance(String... extra) {
        List<String> args = new ArrayList<>(List.of("probe", "--mapping", mappingFile.toString(), "--data-dir", dir.resolve("hmi").toString(),
                "--conformance", "--hold-s", "1"));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new ConformanceCheckTest.Run(exit, out.toString(), err.toString());
    }

    @Test
    void theClausesAreTheContractsVesselTable() throws IOException {
        assertEquals(ConformanceCheckTest.documentedRows("| vessel clause"), ConformanceCheck.vesselClauseNames(),
                "one clause per row of section 9's vessel table, in its order");
    }

    @Test
    void theSimulatedVesselKeepsTheContract() {
        ConformanceCheckTest.Run r = conformance("--confirm-press-clear");
        assertEquals(0, r.exit(), r.out() + r.err());
        for (String clause : ConformanceCheck.vesselClauseNames()) {
            assertEquals("PASS", r.verdict(clause), clause + " in\n" + r.out());
        }
        assertTrue(r.out().contains("vessel pressure 10.00 MPa"), "10 % of 600 MPa, at most 10 MPa:\n" + r.out());
        String release = r.out().lines().filter(l -> l.contains("release at the written rate")).findFirst().orElseThrow();
        assertTrue(release.contains("written 2.50 MPa/s"), "half the vessel's 5 MPa/s: " + release);
        assertTrue(r.out().contains("every mapped clause passes"), r.out());
    }

    @Test
    void aVesselThatTakesTheSetpointWhilePressurisingFailsItsClause() {
        assertOnlyThisFails(ContractDeviation.SETPOINTS_READ_LIVE, "setpoints latched at start", "took effect");
    }

    @Test
    void aResetThatClearsNothingFailsTheV2Clause() {
        assertOnlyThisFails(ContractDeviation.RESET_IGNORED, "setpoint 0 and reset", "after reset");
    }

    @Test
    void aStuckPlcAliveFailsItsClause() {
        assertOnlyThisFails(ContractDeviation.PLC_ALIVE_STUCK, "plcAlive advancing", "no change");
    }

    @Test
    void aSmallerPressureIsCheckedAsGiven() {
        ConformanceCheckTest.Run r = conformance("--confirm-press-clear", "--pressure-MPa", "4");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("vessel pressure 4.00 MPa"), r.out());
    }

    @Test
    void aPressureAboveTheVesselsRatingIsRefusedBeforeConnecting() {
        ConformanceCheckTest.Run r = conformance("--confirm-press-clear", "--pressure-MPa", "601");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("above the vessel's rating of 600.0 MPa"), r.err());
    }

    @Test
    void aForceOnAVesselIsRefused() {
        ConformanceCheckTest.Run r = conformance("--confirm-press-clear", "--force-kN", "5");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("--pressure-MPa"), r.err());
    }

    @Test
    void withTheLidUnlockedItIsRefused() {
        simulator.fireCommand(StandardSignal.UNLOCK_LID);
        Eventually.waitUntil("lid unlocked", () -> !plc.lidLocked(), plc::lidLocked);
        ConformanceCheckTest.Run r = conformance("--confirm-press-clear");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("lid is not locked"), r.err());
        assertTrue(plc.pressure() < 0.1, "nothing was pressurised: " + plc.pressure());
    }

    @Test
    void aVesselNotVentedIsRefused() {
        simulator.injectRawValue(StandardSignal.PRESSURE_RELEASED, Boolean.FALSE);
        ConformanceCheckTest.Run r = conformance("--confirm-press-clear");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("not vented"), r.err());
        assertEquals(IsostaticVesselPlc.State.IDLE, plc.state(), "nothing was started");
    }

    @Test
    void withoutConfirmationItIsRefused() {
        ConformanceCheckTest.Run r = conformance();
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--confirm-press-clear"), r.err());
    }

    private static void assertOnlyThisFails(ContractDeviation deviation, String clause, String words) {
        simulator.deviateFrom(Set.of(deviation));
        ConformanceCheckTest.assertOnlyThisFailed(conformance("--confirm-press-clear"), ConformanceCheck.vesselClauseNames(), clause, words);
    }
}
