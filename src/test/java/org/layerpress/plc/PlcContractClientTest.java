package org.layerpress.plc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.testing.Eventually.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LinkStatus;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.units.Length;
import org.layerpress.sim.FaultCode;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatedPressPlc;
import org.layerpress.sim.SimulatorOptions;

/**
 * The adapter's side of the PLC contract (docs/plc-interface.md, section 4, 5 and 7) against the
 * simulator over TCP loopback: "the PLC has seen the HMI", a silent PLC reported as a lost link while
 * its session is still open, reset, fault words, and a non-finite value as bad data.
 */
class PlcContractClientTest {

    @TempDir
    static Path dir;
    static PressMapping mapping;
    static SimulatedPressPlc plc;
    static PressSimulator simulator;
    private MiloPressAdapter adapter;

    @BeforeAll
    static void start() {
        mapping = MappingLoader.loadBundled("simulator.yaml");
        plc = new SimulatedPressPlc(mapping.press(), SimulatedPressPlc.Settings.defaults().withForceNoise(0));
        simulator = new PressSimulator(mapping, SimulatorOptions.loopback(0, dir.resolve("sim-pki")), plc);
        simulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @AfterEach
    void closeAdapter() {
        simulator.freeze(false);
        if (adapter != null) {
            adapter.close();
        }
    }

    private MiloPressAdapter connect(PressMapping m, String name) {
        adapter = new MiloPressAdapter(m.withUrl(simulator.endpointUrl()), dir.resolve(name));
        return adapter;
    }

    private static void waitForLink(MiloPressAdapter a) {
        waitUntil("link up", () -> a.linkStatus().state() == LinkState.CONNECTED, a::linkStatus);
    }

    @Test
    void startWaitsUntilPlcAliveMovesAfterTheFirstHeartbeat() {
        simulator.freeze(true); // a PLC that does not scan cannot have seen the HMI
        MiloPressAdapter a = connect(mapping.withPlcAliveTimeoutMillis(10_000), "hmi-seen");
        LivePressState live = new LivePressState(a, new Die("D10", Length.millimetres(10), mapping.press().capacity()));
        a.open();
        waitForLink(a);
        assertTrue(a.firstBeatAcknowledgedNanos().isPresent(), "the first beat is acknowledged before the link counts as up");
        assertFalse(a.hmiSeen());
        assertTrue(live.interlockBlockers(true).contains(LivePressState.WAITING_FOR_PLC), live.interlockBlockers(true).toString());
        simulator.freeze(false);
        waitUntil("the PLC has seen the HMI", a::hmiSeen);
        waitUntil("no longer waiting", () -> !live.interlockBlockers(true).contains(LivePressState.WAITING_FOR_PLC), () -> live.interlockBlockers(true));
    }

    @Test
    void withoutPlcAliveTheHmiWaitsHalfASecondAfterTheFirstBeat() {
        MiloPressAdapter a = connect(mapping.withoutSignal(StandardSignal.PLC_ALIVE), "hmi-no-alive");
        a.open();
        waitForLink(a);
        waitUntil("the PLC counts as having seen the HMI", a::hmiSeen);
        long seenAt = System.nanoTime();
        long acknowledged = a.firstBeatAcknowledgedNanos().orElseThrow();
        assertTrue(seenAt - acknowledged >= Duration.ofMillis(HmiSeenGate.WITHOUT_PLC_ALIVE_MILLIS).toNanos(),
                "not before 500 ms: " + (seenAt - acknowledged) / 1_000_000 + " ms");
    }

    @Test
    void aFrozenPlcIsALostLinkWhileItsSessionIsStillOpenAndComesBack() throws Exception {
        MiloPressAdapter a = connect(mapping, "hmi-frozen");
        List<LinkStatus> changes = new java.util.concurrent.CopyOnWriteArrayList<>();
        a.addLinkListener(changes::add);
        a.open();
        waitForLink(a);
        waitUntil("seen", a::hmiSeen);
        simulator.freeze(true);
        long frozen = System.nanoTime();
        waitUntil("reported lost", () -> a.linkStatus().state() == LinkState.LOST, a::linkStatus);
        double seconds = (System.nanoTime() - frozen) / 1e9;
        assertEquals("PLC stopped answering: plcAlive did not advance for 500 ms; values on screen are stale", a.linkStatus().detail());
        // The timeout runs from the last change received, a sampling interval or so before the freeze.
        assertTrue(seconds >= 0.4, "not before the timeout: " + seconds + " s");
        // The proof that OPC UA itself has noticed nothing: the session still answers a read.
        assertFalse(a.readAll().isEmpty(), "the TCP session is still open");
        assertFalse(a.hmiSeen(), "a silent PLC must see the HMI again");

        simulator.freeze(false);
        waitUntil("connected again", () -> a.linkStatus().state() == LinkState.CONNECTED, a::linkStatus);
        assertTrue(a.linkStatus().detail().startsWith("connected to "), a.linkStatus().detail());
        waitUntil("seen again", a::hmiSeen);
        assertEquals(List.of(LinkState.LOST, LinkState.CONNECTED),
                changes.stream().map(LinkStatus::state).dropWhile(s -> s != LinkState.LOST).toList());
    }

    @Test
    void resetClearsALatchedFaultWhereReleaseDoesNot() throws Exception {
        MiloPressAdapter a = connect(mapping, "hmi-reset");
        LivePressState live = new LivePressState(a, new Die("D10", Length.millimetres(10), mapping.press().capacity()));
        a.open();
        waitForLink(a);
        waitUntil("seen", a::hmiSeen);
        assertTrue(a.isMapped(StandardSignal.RESET));
        a.write(StandardSignal.SETPOINT_FORCE, 0);
        a.command(StandardSignal.START);
        waitUntil("fault 5", () -> plc.faultCode() == FaultCode.SETPOINT_OUT_OF_RANGE, plc::faultCode);
        waitUntil("its words on the live state", () -> live.fault().isPresent(), live::snapshot);
        assertEquals("PLC fault 5: Setpoint out of range: START with a force setpoint at or below 0 or above the press capacity",
                live.fault().orElseThrow());
        a.command(StandardSignal.RELEASE);
        a.command(StandardSignal.RESET);
        waitUntil("reset", () -> plc.faultCode() == FaultCode.NONE, plc::faultCode);
        waitUntil("no fault words", () -> live.fault().isEmpty(), live::snapshot);
    }

    @Test
    void faultWordsComeFromTheMappingThenTheContract() {
        MiloPressAdapter a = connect(mapping, "hmi-words");
        assertTrue(a.faultTexts().describe(6).startsWith("PLC fault 6: Sensor fault: the load cell disagreed"), "simulator.yaml rewords 6");
        assertEquals("PLC fault 3: HMI heartbeat lost during a press cycle", a.faultTexts().describe(3));
        assertEquals("PLC fault 142: no description in the mapping's faultTexts", a.faultTexts().describe(142));
    }

    @Test
    void aNonFiniteNumberIsBadData() {
        MiloPressAdapter a = connect(mapping, "hmi-nan");
        ConcurrentLinkedQueue<PressSample> samples = new ConcurrentLinkedQueue<>();
        a.addSampleListener(samples::add);
        a.open();
        waitForLink(a);
        simulator.injectRawValue(StandardSignal.RAM_POSITION, Double.NaN);
        try {
            waitUntil("a bad position sample", () -> samples.stream().anyMatch(s -> s.signal() == StandardSignal.RAM_POSITION && !s.good()));
            PressSample bad = samples.stream().filter(s -> s.signal() == StandardSignal.RAM_POSITION && !s.good()).findFirst().orElseThrow();
            assertEquals("ramPosition: the PLC sent Double NaN, not a number", bad.problem());
        } finally {
            simulator.clearRawValue(StandardSignal.RAM_POSITION);
        }
    }
}
