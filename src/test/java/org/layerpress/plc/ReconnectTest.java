package org.layerpress.plc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.testing.Eventually.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LinkStatus;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatorOptions;

/** The adapter's own reconnect policy: a PLC that is late or restarts is picked up again, with its subscriptions. */
class ReconnectTest {

    @TempDir
    static Path dir;
    static PressSimulator simulator;
    static PressMapping mapping;

    @BeforeAll
    static void create() {
        mapping = TestPlc.mapping(dir, "plain", TestPlc.anonymousNone(), TestPlc.signals());
        // The ram creeps every scan, so samples keep flowing while the link is up.
        simulator = new PressSimulator(mapping, SimulatorOptions.loopback(0, dir.resolve("sim-pki")),
                (dt, io) -> io.set(StandardSignal.RAM_POSITION, io.get(StandardSignal.RAM_POSITION) + dt));
        mapping = TestPlc.forHmi(mapping, simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void opensBeforeThePlcIsUpAndConnectsOnceItStarts() {
        simulator.stopServer();
        try (MiloPressAdapter adapter = new MiloPressAdapter(mapping, dir.resolve("early"))) {
            adapter.open();
            waitUntil("retrying while the PLC is off", () -> adapter.linkStatus().state() == LinkState.RECONNECTING, adapter::linkStatus);
            assertTrue(adapter.linkStatus().detail().startsWith("PLC not reachable at " + mapping.endpoint().url()), adapter.linkStatus().detail());
            simulator.start();
            waitUntil("link up once the PLC is", () -> adapter.linkStatus().state() == LinkState.CONNECTED, adapter::linkStatus);
        }
    }

    @Test
    void plcRestartIsLostThenReconnectedWithSamplesFlowingAgain() {
        simulator.start();
        List<LinkStatus> states = new CopyOnWriteArrayList<>();
        AtomicLong lastPositionSampleNanos = new AtomicLong();
        try (MiloPressAdapter adapter = new MiloPressAdapter(mapping, dir.resolve("restart"))) {
            adapter.addLinkListener(states::add);
            adapter.addSampleListener(s -> {
                if (s.signal() == StandardSignal.RAM_POSITION) {
                    lastPositionSampleNanos.set(s.receivedNanos());
                }
            });
            adapter.open();
            waitUntil("link up", () -> adapter.linkStatus().state() == LinkState.CONNECTED, adapter::linkStatus);
            waitUntil("samples flowing", () -> lastPositionSampleNanos.get() != 0);

            simulator.stopServer();
            waitUntil("loss noticed", () -> states.stream().anyMatch(s -> s.state() == LinkState.LOST), () -> states);
            waitUntil("retrying", () -> adapter.linkStatus().state() == LinkState.RECONNECTING, adapter::linkStatus);

            simulator.start();
            long back = System.nanoTime();
            waitUntil("link up again", () -> adapter.linkStatus().state() == LinkState.CONNECTED, adapter::linkStatus);
            long connected = System.nanoTime();
            waitUntil("new samples after the restart", () -> lastPositionSampleNanos.get() > connected);
            long flowing = lastPositionSampleNanos.get();
            System.out.printf("PLC restart: CONNECTED %d ms and samples flowing %d ms after the server was back%n",
                    (connected - back) / 1_000_000, (flowing - back) / 1_000_000);

            List<LinkState> sequence = states.stream().map(LinkStatus::state).distinct().toList();
            assertEquals(List.of(LinkState.CONNECTING, LinkState.CONNECTED, LinkState.LOST, LinkState.RECONNECTING), sequence,
                    "states in order: " + states);
        }
    }
}
