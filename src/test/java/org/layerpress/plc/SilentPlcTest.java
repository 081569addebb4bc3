package org.layerpress.plc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.testing.Eventually.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LinkStatus;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatedPressPlc;
import org.layerpress.sim.SimulatorOptions;
import org.layerpress.sim.StallingRelay;

/**
 * A PLC whose whole process has stopped while its sockets stay open (the simulator's scan frozen and
 * a relay in front of its server that forwards nothing), over real Milo on loopback. The first LOST
 * must come from the fast watches, never from OPC UA's session keep-alive (about 3 s, after the PLC's
 * own heartbeat watchdog): with plcAlive mapped from plcAlive's timeout, which the contract sets at
 * 500 ms so that the freeze is reported within 1 s; without it from the subscription's watchdog,
 * whose 1 s is longer than plcAlive's worst case, so a plcAlive reason also says it came first.
 */
class SilentPlcTest {

    @TempDir
    static Path dir;
    static PressMapping mapping;
    static PressSimulator simulator;
    static StallingRelay relay;
    private MiloPressAdapter adapter;

    @BeforeAll
    static void start() {
        mapping = MappingLoader.loadBundled("simulator.yaml");
        SimulatedPressPlc plc = new SimulatedPressPlc(mapping.press(), SimulatedPressPlc.Settings.defaults().withForceNoise(0));
        simulator = new PressSimulator(mapping, SimulatorOptions.loopback(0, dir.resolve("sim-pki")), plc);
        simulator.start();
        relay = new StallingRelay(simulator.port());
    }

    @AfterAll
    static void stop() {
        relay.close();
        simulator.close();
    }

    @AfterEach
    void thaw() {
        freeze(false);
        if (adapter != null) {
            adapter.close();
        }
    }

    private static void freeze(boolean stopped) {
        simulator.freeze(stopped);
        relay.stall(stopped);
    }

    private MiloPressAdapter throughRelay(PressMapping m, String name, List<LinkStatus> changes) {
        String url = simulator.endpointUrl().replace(":" + simulator.port(), ":" + relay.port());
        adapter = new MiloPressAdapter(m.withUrl(url), dir.resolve(name));
        adapter.addLinkListener(changes::add);
        adapter.open();
        waitUntil("link up", () -> adapter.linkStatus().state() == LinkState.CONNECTED, adapter::linkStatus);
        return adapter;
    }

    private static LinkStatus firstLost(List<LinkStatus> changes, long sinceIndex) {
        return changes.stream().skip(sinceIndex).filter(s -> s.state() == LinkState.LOST).findFirst().orElseThrow();
    }

    @Test
    void aStoppedPlcProcessIsLostBecausePlcAliveDidNotAdvanceAndComesBack() throws Exception {
        List<LinkStatus> changes = new CopyOnWriteArrayList<>();
        MiloPressAdapter a = throughRelay(mapping, "hmi-stopped", changes);
        waitUntil("seen", a::hmiSeen);
        int before = changes.size();
        freeze(true);
        long frozen = System.nanoTime();
        waitUntil("reported lost", () -> changes.stream().skip(before).anyMatch(s -> s.state() == LinkState.LOST), a::linkStatus);
        System.out.printf("stopped PLC process: freeze -> LOST %d ms%n", (System.nanoTime() - frozen) / 1_000_000);

        assertEquals(500, mapping.plcAliveTimeoutMillis(), "the contract's timeout");
        assertEquals("PLC stopped answering: plcAlive did not advance for 500 ms; values on screen are stale",
                firstLost(changes, before).detail());
        assertFalse(a.hmiSeen(), "a PLC that stopped must see the HMI again before Start");

        freeze(false);
        waitUntil("connected again", () -> a.linkStatus().state() == LinkState.CONNECTED, a::linkStatus);
        waitUntil("seen again", a::hmiSeen);
        assertFalse(a.readAll().isEmpty(), "values read again");
    }

    @Test
    void withoutPlcAliveAStoppedServerIsFoundByTheSubscriptionWatchdog() {
        List<LinkStatus> changes = new CopyOnWriteArrayList<>();
        MiloPressAdapter a = throughRelay(mapping.withoutSignal(StandardSignal.PLC_ALIVE), "hmi-no-alive", changes);
        int before = changes.size();
        freeze(true);
        long frozen = System.nanoTime();
        waitUntil("reported lost", () -> changes.stream().skip(before).anyMatch(s -> s.state() == LinkState.LOST), a::linkStatus);
        System.out.printf("stopped PLC process without plcAlive: freeze -> LOST %d ms%n", (System.nanoTime() - frozen) / 1_000_000);

        String detail = firstLost(changes, before).detail();
        assertTrue(detail.contains("lost: no answer from the PLC's OPC UA server for 1000 ms"), detail);

        freeze(false);
        waitUntil("connected again", () -> a.linkStatus().state() == LinkState.CONNECTED, a::linkStatus);
    }
}
