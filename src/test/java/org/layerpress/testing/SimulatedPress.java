package org.layerpress.testing;

import java.nio.file.Path;
import java.time.Duration;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.plc.MiloPressAdapter;
import org.layerpress.sim.FaultCode;
import org.layerpress.sim.PlcState;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatedPressPlc;
import org.layerpress.sim.SimulatorOptions;
import org.layerpress.station.EmbeddedPress;
import org.layerpress.station.PressLink;

/**
 * The simulated press PLC over TCP loopback and the HMI's link to it (real Milo server and
 * client), as the station assembly builds them, connected and with first values seen. Handles for
 * fault injection: {@link #plc()} (door, e-stop, leaks, spikes) and {@link #simulator()} (stopping
 * and restarting the server). One per test class can serve every test's {@link TestStation}
 * ({@link TestStation.Builder#on}); {@link #settle()} puts it back to an idle, healthy press.
 */
public final class SimulatedPress implements AutoCloseable {

    private static final Duration CONNECT = Duration.ofSeconds(30);
    private static final Duration FIRST_VALUES = Duration.ofSeconds(10);

    private final EmbeddedPress embedded;
    private final SimulatedPressPlc plc;
    private final PressLink link;

    private SimulatedPress(EmbeddedPress embedded, SimulatedPressPlc plc, PressLink link) {
        this.embedded = embedded;
        this.plc = plc;
        this.link = link;
    }

    /** Without creep (the ram holds still in a hold), so tests see only the faults they inject. */
    public static SimulatedPressPlc.Settings quiet() {
        return SimulatedPressPlc.Settings.defaults().withCreepFractionPerSecond(0);
    }

    /** A quiet press ({@link #quiet()}); PKI folders under {@code dir}. */
    public static SimulatedPress start(Path dir) {
        return start(dir, quiet());
    }

    public static SimulatedPress start(Path dir, SimulatedPressPlc.Settings settings) {
        PressMapping bundled = MappingLoader.loadBundled("simulator.yaml");
        SimulatedPressPlc plc = new SimulatedPressPlc(bundled.press(), settings);
        EmbeddedPress embedded = EmbeddedPress.start(bundled, SimulatorOptions.loopback(0, dir.resolve("simulator-pki")), plc);
        PressLink link = PressLink.opcUa(embedded.mapping(), dir.resolve("hmi"), TestStation.DIE);
        SimulatedPress press = new SimulatedPress(embedded, plc, link);
        link.open();
        press.awaitLinkAndValues();
        return press;
    }

    /** The press of a station that was assembled whole ({@link TestStation.Builder#simulatedPress}); the station closes it. */
    static SimulatedPress around(EmbeddedPress embedded, SimulatedPressPlc plc, PressLink link) {
        return new SimulatedPress(embedded, plc, link);
    }

    /** Waits for the link, a first value of each interlock, readiness, force, position and fault code, and the PLC seeing the HMI. */
    void awaitLinkAndValues() {
        awaitLinkAndValues(link);
    }

    static void awaitLinkAndValues(PressLink link) {
        try {
            if (!link.awaitConnected(CONNECT)) {
                throw new AssertionError("no link to the simulator: " + link.port().linkStatus());
            }
            if (!link.awaitFirstValues(FIRST_VALUES)) {
                throw new AssertionError("no first values from the simulator: " + link.live().snapshot().keySet());
            }
            // Start stays blocked until the PLC has seen this session's heartbeat: wait for that, never race it.
            if (!link.live().awaitHmiSeen(FIRST_VALUES)) {
                throw new AssertionError("the PLC did not see the HMI: " + link.live().interlockBlockers(true));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Back to an idle, healthy press for the next test: server serving and link up, door closed,
     * e-stop clear, no leak or stuck sensor, any press released and any fault reset, and the HMI
     * seeing it ready.
     */
    public void settle() {
        PressSimulator sim = embedded.simulator();
        if (!sim.isServing()) {
            sim.start();
        }
        plc.setDoorClosed(true);
        plc.setEstopOk(true);
        plc.clearLeak();
        plc.setForceSensorStuck(false);
        sim.fireCommand(StandardSignal.STOP);
        Eventually.waitUntil("the press released", Duration.ofSeconds(30), () -> plc.state() == PlcState.IDLE, plc::state);
        sim.fireCommand(StandardSignal.RESET);
        Eventually.waitUntil("no fault latched", () -> plc.faultCode() == FaultCode.NONE, plc::faultCode);
        Eventually.waitUntil("link up", Duration.ofSeconds(30), () -> link.live().link().state() == LinkState.CONNECTED, link.live()::link);
        Eventually.waitUntil("ready, interlocks clear", () -> link.live().interlockBlockers(true).isEmpty(), () -> link.live().interlockBlockers(true));
    }

    public SimulatedPressPlc plc() {
        return plc;
    }

    public PressSimulator simulator() {
        return embedded.simulator();
    }

    /** The mapping with the running server's endpoint. */
    public PressMapping mapping() {
        return embedded.mapping();
    }

    public PressLink link() {
        return link;
    }

    public MiloPressAdapter port() {
        return (MiloPressAdapter) link.port();
    }

    public LivePressState live() {
        return link.live();
    }

    @Override
    public void close() {
        link.close();
        embedded.close();
    }
}
