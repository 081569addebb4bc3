package org.layerpress.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.application.press.StandardSignal.FORCE;
import static org.layerpress.application.press.StandardSignal.HOLD_TIME;
import static org.layerpress.application.press.StandardSignal.RAMP_RATE;
import static org.layerpress.application.press.StandardSignal.READY;
import static org.layerpress.application.press.StandardSignal.RELEASE;
import static org.layerpress.application.press.StandardSignal.RESET;
import static org.layerpress.application.press.StandardSignal.RUNNING;
import static org.layerpress.application.press.StandardSignal.SETPOINT_FORCE;
import static org.layerpress.application.press.StandardSignal.START;
import static org.layerpress.application.press.StandardSignal.STEP_DONE;
import static org.layerpress.application.press.StandardSignal.STOP;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.testing.Eventually;

/**
 * The simulator against the transition table of the PLC contract (docs/plc-interface.md, section 3),
 * over OPC UA with a bare client: the table is read from the document, and every row is walked by
 * its own scenario, which brings the press into the row's "from" state, makes the row's event happen
 * and reports the state it ends in (read from {@code pressState}); effects are checked on the status
 * bits. A row in the document without a scenario, or a scenario without a row, fails the test, so
 * the document and the simulator cannot drift apart.
 */
class PlcInterfaceContractTest {

    private static final Path CONTRACT = Path.of("docs/plc-interface.md");
    /** Small forces, fast ramps, short holds: the table, not the physics, is under test. */
    private static final double FORCE_KN = 10;
    private static final double RAMP_KN_S = 20;

    @TempDir
    static Path dir;
    static SimulatedPressPlc plc;
    static PressSimulator simulator;
    static BareHmi hmi;

    /** One row of the table: its id, the states it starts from, its event and the state it leads to. */
    record Row(String id, String from, String event, String to) {

        /** The first state named in "to" ("RELEASING (IDLE stays IDLE)" → RELEASING); "unchanged" → empty. */
        String target() {
            String first = to.trim().split("[\\s(]")[0];
            return first.equals("unchanged") ? "" : first;
        }

        boolean startsFrom(PlcState state) {
            return from.trim().equals("any") || Arrays.stream(from.split(",")).map(String::trim).anyMatch(s -> s.equals(state.name()));
        }
    }

    /** What a scenario saw: the state just before its event and the state the event led to. */
    record Seen(PlcState before, PlcState after) {
    }

    @FunctionalInterface
    interface Scenario {
        Seen run() throws Exception;
    }

    @BeforeAll
    static void start() throws Exception {
        PressMapping mapping = MappingLoader.loadBundled("simulator.yaml");
        plc = new SimulatedPressPlc(mapping.press(), SimulatedPressPlc.Settings.defaults().withForceNoise(0));
        simulator = new PressSimulator(mapping, SimulatorOptions.loopback(0, dir.resolve("sim-pki")), plc);
        simulator.start();
        hmi = new BareHmi(simulator);
        hmi.startBeating();
    }

    @AfterAll
    static void stop() {
        if (hmi != null) {
            hmi.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    static List<Row> rowsOfTheContract() throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(CONTRACT)) {
            if (line.startsWith("## ")) {
                inSection = line.startsWith("## 3. Transitions");
                continue;
            }
            if (inSection && line.matches("\\|\\s*T\\d+\\s*\\|.*")) {
                String[] cells = line.split("\\|");
                // | row | from | event | condition | to | effect |
                rows.add(new Row(cells[1].trim(), cells[2].trim(), cells[3].trim(), cells[5].trim()));
            }
        }
        return rows;
    }

    private final Map<String, Scenario> scenarios = scenarios();

    private Map<String, Scenario> scenarios() {
        Map<String, Scenario> s = new LinkedHashMap<>();
        s.put("T1", this::startWhileReadyRamps);
        s.put("T2", this::startWithAZeroSetpointLatchesFault5);
        s.put("T3", this::startWhileNotReadyIsIgnored);
        s.put("T4", this::forceInBandHolds);
        s.put("T5", this::holdTimeElapsedIsDone);
        s.put("T6", this::releaseFromDoneReleases);
        s.put("T7", this::stopWhileRampingReleasesWithoutFault);
        s.put("T8", this::forceLowEndsTheRelease);
        s.put("T9", this::doorOpenedInACycleLatchesFault1);
        s.put("T10", this::estopInACycleLatchesFault2AndDumps);
        s.put("T11", this::staleHeartbeatInACycleLatchesFault3);
        s.put("T12", this::overPressureLatchesFault4);
        s.put("T13", this::implausibleSensorLatchesFault6);
        s.put("T14", this::resetWithTheCauseGoneClearsTheFault);
        s.put("T15", this::resetWithTheCauseStillThereDoesNothing);
        s.put("T16", this::releaseAndStopNeverAcknowledgeAFault);
        s.put("T17", this::setpointsWrittenInACycleChangeNothing);
        return s;
    }

    @Test
    void everyRowHasAScenarioAndEveryScenarioARow() throws IOException {
        Set<String> rows = rowsOfTheContract().stream().map(Row::id).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(rows.isEmpty(), "no transition rows found in " + CONTRACT);
        Set<String> withoutScenario = new TreeSet<>(rows);
        withoutScenario.removeAll(scenarios.keySet());
        Set<String> withoutRow = new TreeSet<>(scenarios.keySet());
        withoutRow.removeAll(rows);
        assertTrue(withoutScenario.isEmpty(), "rows of " + CONTRACT + " without a scenario: " + withoutScenario);
        assertTrue(withoutRow.isEmpty(), "scenarios without a row in " + CONTRACT + ": " + withoutRow);
    }

    @TestFactory
    Stream<DynamicTest> everyRowOfTheTableHoldsOnTheSimulator() throws IOException {
        return rowsOfTheContract().stream().filter(r -> scenarios.containsKey(r.id())).map(row -> DynamicTest.dynamicTest(
                row.id() + ": " + row.from() + " --" + row.event() + "--> " + row.to(), () -> {
                    toIdleWithoutFault();
                    Seen seen = scenarios.get(row.id()).run();
                    assertTrue(row.startsFrom(seen.before()), row.id() + " starts from " + row.from() + ", the scenario was in " + seen.before());
                    String expected = row.target().isEmpty() ? seen.before().name() : row.target();
                    assertEquals(expected, seen.after().name(), row.id() + " leads to " + row.to());
                }));
    }

    // ---------------------------------------------------------------- scenarios, one per row

    private Seen startWhileReadyRamps() throws Exception {
        assertTrue(hmi.bit(READY));
        PlcState before = hmi.state();
        setpoints(FORCE_KN, 2, 5); // slow ramp: RAMPING lasts 5 s
        hmi.pulse(START);
        waitFor("ramping", () -> hmi.state() == PlcState.RAMPING);
        assertTrue(hmi.bit(RUNNING));
        assertFalse(hmi.bit(STEP_DONE));
        assertFalse(hmi.bit(READY), "ready only while idle");
        return new Seen(before, hmi.state());
    }

    private Seen startWithAZeroSetpointLatchesFault5() throws Exception {
        PlcState before = hmi.state();
        setpoints(0, RAMP_KN_S, 1);
        hmi.pulse(START);
        waitFor("fault 5", () -> hmi.fault() == FaultCode.SETPOINT_OUT_OF_RANGE.code());
        assertFalse(hmi.bit(READY));
        assertFalse(hmi.bit(RUNNING));
        return new Seen(before, hmi.state());
    }

    private Seen startWhileNotReadyIsIgnored() throws Exception {
        plc.setDoorClosed(false);
        try {
            waitFor("not ready", () -> !hmi.bit(READY));
            PlcState before = hmi.state();
            long scans = simulator.traceCount();
            setpoints(FORCE_KN, RAMP_KN_S, 1);
            hmi.pulse(START);
            waitFor("a few scans after the start", () -> simulator.traceCount() > scans + 10);
            assertFalse(hmi.bit(RUNNING));
            assertEquals(0, hmi.fault(), "ignored, not a fault");
            return new Seen(before, hmi.state());
        } finally {
            plc.setDoorClosed(true);
        }
    }

    private Seen forceInBandHolds() throws Exception {
        setpoints(FORCE_KN, 5, 5); // a 2 s ramp: plenty of time to see it ramping before it holds
        hmi.pulse(START);
        waitFor("ramping", () -> hmi.state() == PlcState.RAMPING);
        PlcState before = hmi.state();
        waitFor("holding", () -> hmi.state() == PlcState.HOLDING);
        assertTrue(hmi.read(FORCE) >= FORCE_KN * (1 - HydraulicAxis.BAND_FRACTION) - 1e-9, "in band: " + hmi.read(FORCE));
        assertFalse(hmi.bit(STEP_DONE));
        return new Seen(before, hmi.state());
    }

    private Seen holdTimeElapsedIsDone() throws Exception {
        double hold = 0.5;
        setpoints(FORCE_KN, RAMP_KN_S, hold);
        hmi.pulse(START);
        waitFor("holding", () -> hmi.state() == PlcState.HOLDING);
        long holding = System.nanoTime();
        PlcState before = hmi.state();
        waitFor("step done", () -> hmi.bit(STEP_DONE));
        double seconds = (System.nanoTime() - holding) / 1e9;
        assertTrue(seconds >= hold - 0.1, "step done after " + seconds + " s of a " + hold + " s hold");
        assertTrue(hmi.read(FORCE) > FORCE_KN * 0.99, "force still held");
        return new Seen(before, hmi.state());
    }

    private Seen releaseFromDoneReleases() throws Exception {
        setpoints(FORCE_KN * 3, RAMP_KN_S, 0);
        hmi.pulse(START);
        waitFor("done", () -> hmi.state() == PlcState.DONE && hmi.bit(STEP_DONE));
        PlcState before = hmi.state();
        hmi.pulse(RELEASE);
        waitFor("releasing", () -> hmi.state() != PlcState.DONE);
        PlcState after = hmi.state();
        assertFalse(hmi.bit(STEP_DONE), "step done falls at release");
        return new Seen(before, after);
    }

    private Seen stopWhileRampingReleasesWithoutFault() throws Exception {
        setpoints(FORCE_KN * 3, 5, 1);
        hmi.pulse(START);
        waitFor("ramping past a few kN", () -> hmi.read(FORCE) > 6);
        PlcState before = hmi.state();
        hmi.pulse(STOP);
        waitFor("releasing", () -> hmi.state() != PlcState.RAMPING);
        PlcState after = hmi.state();
        assertEquals(0, hmi.fault(), "stop is no fault");
        assertFalse(hmi.bit(STEP_DONE));
        return new Seen(before, after);
    }

    private Seen forceLowEndsTheRelease() throws Exception {
        setpoints(FORCE_KN * 3, RAMP_KN_S, 0);
        hmi.pulse(START);
        waitFor("done", () -> hmi.state() == PlcState.DONE);
        hmi.pulse(RELEASE);
        waitFor("releasing", () -> hmi.state() == PlcState.RELEASING);
        PlcState before = hmi.state();
        waitFor("idle", () -> hmi.state() == PlcState.IDLE);
        assertTrue(hmi.read(FORCE) < SimulatedPressPlc.ZERO_FORCE_KILONEWTONS, "force " + hmi.read(FORCE));
        assertFalse(hmi.bit(RUNNING));
        return new Seen(before, hmi.state());
    }

    private Seen doorOpenedInACycleLatchesFault1() throws Exception {
        return faultInACycle(() -> plc.setDoorClosed(false), () -> plc.setDoorClosed(true), FaultCode.DOOR_OPENED);
    }

    private Seen estopInACycleLatchesFault2AndDumps() throws Exception {
        setpoints(FORCE_KN * 3, RAMP_KN_S, 60);
        hmi.pulse(START);
        waitFor("holding", () -> hmi.state() == PlcState.HOLDING);
        PlcState before = hmi.state();
        plc.setEstopOk(false);
        try {
            waitFor("fault 2", () -> hmi.fault() == FaultCode.ESTOP.code());
            PlcState after = hmi.state();
            // 30 kN dump at 150 kN/s: idle within a few scans, where a normal release takes a second.
            waitFor("dumped", Duration.ofMillis(900), () -> hmi.state() == PlcState.IDLE);
            return new Seen(before, after);
        } finally {
            plc.setEstopOk(true);
        }
    }

    private Seen staleHeartbeatInACycleLatchesFault3() throws Exception {
        setpoints(FORCE_KN, RAMP_KN_S, 60);
        hmi.pulse(START);
        waitFor("holding", () -> hmi.state() == PlcState.HOLDING);
        PlcState before = hmi.state();
        hmi.stopBeating();
        try {
            waitFor("fault 3", () -> hmi.fault() == FaultCode.HEARTBEAT_LOST.code());
            PlcState after = hmi.state();
            assertFalse(hmi.bit(READY));
            return new Seen(before, after);
        } finally {
            hmi.startBeating();
        }
    }

    private Seen overPressureLatchesFault4() throws Exception {
        // While idle it latches the fault and stays IDLE ...
        plc.injectOverPressureSpike(plc.capacityKiloNewtons() + 10, 0.05);
        waitFor("fault 4 while idle", () -> hmi.fault() == FaultCode.OVER_PRESSURE.code());
        assertEquals(PlcState.IDLE, hmi.state(), "IDLE stays IDLE");
        toIdleWithoutFault();
        // ... in a cycle it releases.
        return faultInACycle(() -> plc.injectOverPressureSpike(plc.capacityKiloNewtons(), 0.05), () -> { }, FaultCode.OVER_PRESSURE);
    }

    private Seen implausibleSensorLatchesFault6() throws Exception {
        setpoints(FORCE_KN * 3, 5, 60);
        hmi.pulse(START);
        waitFor("ramping past a few kN", () -> hmi.read(FORCE) > 3);
        PlcState before = hmi.state();
        plc.setForceSensorStuck(true);
        try {
            waitFor("fault 6", () -> hmi.fault() == FaultCode.SENSOR_FAULT.code());
            return new Seen(before, hmi.state());
        } finally {
            plc.setForceSensorStuck(false);
        }
    }

    private Seen resetWithTheCauseGoneClearsTheFault() throws Exception {
        latchFault5();
        PlcState before = hmi.state();
        hmi.pulse(RESET);
        waitFor("fault cleared", () -> hmi.fault() == 0);
        waitFor("ready again", () -> hmi.bit(READY));
        return new Seen(before, hmi.state());
    }

    private Seen resetWithTheCauseStillThereDoesNothing() throws Exception {
        latchFault5();
        plc.setDoorClosed(false);
        try {
            PlcState before = hmi.state();
            long scans = simulator.traceCount();
            hmi.pulse(RESET);
            waitFor("a few scans after the reset", () -> simulator.traceCount() > scans + 10);
            assertEquals(FaultCode.SETPOINT_OUT_OF_RANGE.code(), hmi.fault(), "the door is open: the fault stays");
            return new Seen(before, hmi.state());
        } finally {
            plc.setDoorClosed(true);
        }
    }

    private Seen releaseAndStopNeverAcknowledgeAFault() throws Exception {
        latchFault5();
        PlcState before = hmi.state();
        long scans = simulator.traceCount();
        hmi.pulse(RELEASE);
        hmi.pulse(STOP);
        waitFor("a few scans after release and stop", () -> simulator.traceCount() > scans + 10);
        assertEquals(FaultCode.SETPOINT_OUT_OF_RANGE.code(), hmi.fault(), "neither acknowledges a fault");
        return new Seen(before, hmi.state());
    }

    private Seen setpointsWrittenInACycleChangeNothing() throws Exception {
        setpoints(FORCE_KN * 2, 10, 0.5);
        hmi.pulse(START);
        waitFor("ramping past a few kN", () -> hmi.read(FORCE) > 3);
        PlcState before = hmi.state();
        setpoints(FORCE_KN, RAMP_KN_S, 60);
        PlcState after = hmi.state();
        waitFor("done", () -> hmi.state() == PlcState.DONE);
        assertEquals(FORCE_KN * 2, hmi.read(FORCE), FORCE_KN * 2 * 0.01, "the latched setpoint, not the one written later");
        return new Seen(before, after);
    }

    // ---------------------------------------------------------------- helpers

    private Seen faultInACycle(ThrowingRunnable cause, ThrowingRunnable undo, FaultCode expected) throws Exception {
        setpoints(FORCE_KN * 3, RAMP_KN_S, 60);
        hmi.pulse(START);
        waitFor("holding", () -> hmi.state() == PlcState.HOLDING);
        PlcState before = hmi.state();
        cause.run();
        try {
            waitFor("fault " + expected.code(), () -> hmi.fault() == expected.code());
            PlcState after = hmi.state();
            assertFalse(hmi.bit(STEP_DONE));
            return new Seen(before, after);
        } finally {
            undo.run();
        }
    }

    private void latchFault5() throws Exception {
        setpoints(0, RAMP_KN_S, 1);
        hmi.pulse(START);
        waitFor("fault 5", () -> hmi.fault() == FaultCode.SETPOINT_OUT_OF_RANGE.code());
    }

    private static void setpoints(double force, double ramp, double hold) throws Exception {
        hmi.write(SETPOINT_FORCE, force);
        hmi.write(RAMP_RATE, ramp);
        hmi.write(HOLD_TIME, hold);
    }

    /** Releases whatever runs and resets any fault, so each row starts from a clean IDLE. */
    private static void toIdleWithoutFault() throws Exception {
        plc.setDoorClosed(true);
        plc.setEstopOk(true);
        plc.setForceSensorStuck(false);
        if (hmi.bit(RUNNING)) {
            hmi.pulse(STOP);
        }
        waitFor("idle", () -> hmi.state() == PlcState.IDLE);
        waitFor("fault reset", () -> {
            if (hmi.fault() != 0) {
                hmi.pulse(RESET);
            }
            return hmi.fault() == 0 && hmi.bit(READY);
        });
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @FunctionalInterface
    interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(String what, Condition condition) {
        waitFor(what, Eventually.TIMEOUT, condition);
    }

    private static void waitFor(String what, Duration timeout, Condition condition) {
        Eventually.waitUntil(what, timeout, () -> {
            try {
                return condition.holds();
            } catch (Exception e) {
                throw new AssertionError(what + ": " + e, e);
            }
        }, () -> "state " + plc.state() + ", fault " + plc.faultCode() + ", force " + plc.realForce());
    }
}
