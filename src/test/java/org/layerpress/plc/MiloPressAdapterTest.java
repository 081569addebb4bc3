package org.layerpress.plc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.testing.Eventually.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.SignalReading;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatorOptions;

/**
 * The adapter against the simulated PLC over TCP loopback (no security): scaling both ways, samples
 * with timestamps, refused writes in words, heartbeat, command pulses and method commands.
 */
class MiloPressAdapterTest {

    @TempDir
    static Path dir;
    static PressSimulator simulator;
    static MiloPressAdapter adapter;
    static final ConcurrentLinkedQueue<PressSample> samples = new ConcurrentLinkedQueue<>();
    static volatile double plcForce = 150.0;

    @BeforeAll
    static void start() {
        Map<String, String> signals = TestPlc.signals();
        // An S7-style analog word: Int16 0..27648 ↔ 0..300 kN, both for the measurement and the setpoint.
        signals.put("force", "{ node: s=Press.Force, type: Int16, access: read, unit: kN, " + TestPlc.SCALE + " }");
        signals.put("setpointForce", "{ node: s=Press.SetpointForce, type: Int16, access: write, unit: kN, " + TestPlc.SCALE + " }");
        signals.put("stop", "{ access: command, method: { object: s=Press, node: s=Press.Stop } }");
        // A read-only word that writeRefusedByThePlcNamesTheStatusInWords aims a mistaken setpoint at.
        signals.put("pressState", "{ node: s=Press.State, type: Int16, access: read }");
        PressMapping mapping = TestPlc.mapping(dir, "scaled", TestPlc.anonymousNone(), signals);
        simulator = new PressSimulator(mapping, SimulatorOptions.loopback(0, dir.resolve("sim-pki")),
                (dt, io) -> io.set(StandardSignal.FORCE, plcForce));
        simulator.start();
        adapter = new MiloPressAdapter(TestPlc.forHmi(mapping, simulator), dir.resolve("hmi"));
        adapter.addSampleListener(samples::add);
        adapter.open();
        waitUntil("link up", () -> adapter.linkStatus().state() == LinkState.CONNECTED, adapter::linkStatus);
    }

    @AfterAll
    static void stop() {
        if (adapter != null) {
            adapter.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void forceSamplesArriveInKiloNewtonsWithSourceTimestamps() {
        plcForce = 150.0;
        waitUntil("a 150 kN force sample", () -> latest(StandardSignal.FORCE).map(s -> s.value() == 150.0).orElse(false),
                () -> String.valueOf(latest(StandardSignal.FORCE)));
        PressSample sample = latest(StandardSignal.FORCE).orElseThrow();
        assertTrue(sample.good());
        assertNotNull(sample.sourceTime());
        assertTrue(Duration.between(sample.sourceTime(), Instant.now()).abs().toMinutes() < 1, "source time is the PLC's clock: " + sample.sourceTime());
        SignalReading reading = reading(StandardSignal.FORCE);
        assertEquals("13824", reading.raw(), "150 kN is raw 13824 on the wire");
        assertEquals(150.0, reading.engineering(), 1e-9);
    }

    @Test
    void setpointIsScaledToTheRawWordOnTheWire() throws Exception {
        adapter.write(StandardSignal.SETPOINT_FORCE, 150.0);
        SignalReading reading = reading(StandardSignal.SETPOINT_FORCE);
        assertEquals("13824", reading.raw());
        assertEquals(150.0, reading.engineering(), 1e-9);
        assertEquals("kN", reading.unit());
        assertEquals(150.0, simulator.image().get(StandardSignal.SETPOINT_FORCE), 1e-9, "the PLC scales it back to 150 kN");
    }

    @Test
    void writeRefusedByThePlcNamesTheStatusInWords() {
        // The HMI's mapping believes holdTime is writable, but points it at the PLC's read-only state word
        // (a node no other signal of this mapping uses: a written node belongs to one signal only).
        Map<String, String> signals = TestPlc.signals();
        signals.put("holdTime", "{ node: s=Press.State, type: Int16, access: write, unit: s }");
        PressMapping wrong = TestPlc.forHmi(TestPlc.mapping(dir, "wrong", TestPlc.anonymousNone(), signals), simulator);
        try (MiloPressAdapter other = new MiloPressAdapter(wrong, dir.resolve("hmi-wrong"))) {
            other.open();
            waitUntil("second link up", () -> other.linkStatus().state() == LinkState.CONNECTED, other::linkStatus);
            PressLinkException e = assertThrows(PressLinkException.class, () -> other.write(StandardSignal.HOLD_TIME, 5));
            assertTrue(e.getMessage().startsWith("write holdTime refused by PLC: Bad_UserAccessDenied ("), e.getMessage());
        }
    }

    @Test
    void writingAnInputSignalIsRefusedNamingItsAccess() {
        PressLinkException e = assertThrows(PressLinkException.class, () -> adapter.write(StandardSignal.FORCE, 1));
        assertTrue(e.getMessage().contains("access read"), e.getMessage());
        PressLinkException c = assertThrows(PressLinkException.class, () -> adapter.write(StandardSignal.START, 1));
        assertTrue(c.getMessage().contains("access command"), c.getMessage());
    }

    @Test
    void heartbeatCountsUpWhileConnected() {
        double first = simulator.image().get(StandardSignal.HEARTBEAT);
        waitUntil("two more heartbeats", () -> simulator.image().get(StandardSignal.HEARTBEAT) >= first + 2,
                () -> "heartbeat " + simulator.image().get(StandardSignal.HEARTBEAT));
    }

    @Test
    void startCommandIsAPulseThePlcSeesAndThatFallsBack() throws Exception {
        simulator.image().takeCommand(StandardSignal.START);
        adapter.command(StandardSignal.START);
        waitUntil("PLC saw start", () -> simulator.image().takeCommand(StandardSignal.START));
        adapter.command(StandardSignal.START);
        waitUntil("PLC saw start again", () -> simulator.image().takeCommand(StandardSignal.START));
        waitUntil("start back to false", () -> readingQuietly(StandardSignal.START).map(r -> r.raw().equals("false")).orElse(false));
    }

    @Test
    void methodCommandCallsThePlcMethod() throws Exception {
        simulator.image().takeCommand(StandardSignal.STOP);
        adapter.command(StandardSignal.STOP);
        waitUntil("PLC saw stop", () -> simulator.image().takeCommand(StandardSignal.STOP));
    }

    @Test
    void readAllReportsEveryMappedVariableWithItsStatus() throws Exception {
        List<SignalReading> readings = adapter.readAll();
        assertEquals(15, readings.size(), "16 signals (pressState among them) minus the stop method: " + readings);
        SignalReading force = readings.stream().filter(r -> r.signal() == StandardSignal.FORCE).findFirst().orElseThrow();
        assertTrue(force.nodeId().endsWith(";s=Press.Force"), force.nodeId());
        assertTrue(force.good());
        assertEquals("Good", force.status());
    }

    @Test
    void closedAdapterIsClosedTwiceQuietlyAndRefusesWrites() throws Exception {
        MiloPressAdapter other = new MiloPressAdapter(TestPlc.forHmi(simulator.mapping(), simulator), dir.resolve("hmi-close"));
        other.open();
        waitUntil("third link up", () -> other.linkStatus().state() == LinkState.CONNECTED, other::linkStatus);
        other.close();
        other.close();
        assertEquals(LinkState.CLOSED, other.linkStatus().state());
        PressLinkException e = assertThrows(PressLinkException.class, () -> other.write(StandardSignal.RAMP_RATE, 1));
        assertTrue(e.getMessage().contains("not connected"), e.getMessage());
    }

    // ---- bad data (docs/plc-interface.md, section 7): never a number, always words

    @Test
    void aRawWordOutsideTheValidRangeIsBadDataInWordsNeverANumber() {
        simulator.injectRawValue(StandardSignal.FORCE, (short) 32000);
        try {
            waitUntil("a bad force sample", () -> latest(StandardSignal.FORCE).map(s -> !s.good()).orElse(false),
                    () -> String.valueOf(latest(StandardSignal.FORCE)));
            PressSample bad = latest(StandardSignal.FORCE).orElseThrow();
            assertTrue(Double.isNaN(bad.value()), "never a number: " + bad.value());
            assertEquals("force: the PLC sent raw 32000, outside the valid raw range -276.48..27924.48 (scale.validRaw)", bad.problem());
        } finally {
            simulator.clearRawValue(StandardSignal.FORCE);
        }
        waitUntil("good again", () -> latest(StandardSignal.FORCE).map(PressSample::good).orElse(false));
    }

    @Test
    void aValueOfAnotherTypeThanTheMappingsIsBadData() throws Exception {
        simulator.injectRawValue(StandardSignal.FORCE, "abc");
        try {
            waitUntil("a bad force sample", () -> latest(StandardSignal.FORCE).map(s -> !s.good()).orElse(false));
            assertEquals("force: the PLC sent String 'abc', the mapping says Int16", latest(StandardSignal.FORCE).orElseThrow().problem());
            simulator.injectRawValue(StandardSignal.FORCE, 13824);
            waitUntil("an Int32 where the mapping says Int16", () -> latest(StandardSignal.FORCE)
                    .map(s -> s.problem().equals("force: the PLC sent Int32 13824, the mapping says Int16")).orElse(false),
                    () -> latest(StandardSignal.FORCE).map(PressSample::problem).orElse(""));
            SignalReading reading = reading(StandardSignal.FORCE);
            assertFalse(reading.good(), "the probe's table says so too");
            assertEquals("bad data: force: the PLC sent Int32 13824, the mapping says Int16", reading.status());
        } finally {
            simulator.clearRawValue(StandardSignal.FORCE);
        }
        waitUntil("good again", () -> latest(StandardSignal.FORCE).map(PressSample::good).orElse(false));
    }

    static Optional<PressSample> latest(StandardSignal signal) {
        PressSample last = null;
        for (PressSample s : samples) {
            if (s.signal() == signal) {
                last = s;
            }
        }
        return Optional.ofNullable(last);
    }

    static SignalReading reading(StandardSignal signal) {
        return readingQuietly(signal).orElseThrow();
    }

    static Optional<SignalReading> readingQuietly(StandardSignal signal) {
        try {
            return adapter.readAll().stream().filter(r -> r.signal() == signal).findFirst();
        } catch (PressLinkException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
