package org.layerpress.plc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.testing.Eventually.waitUntil;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.sim.ManualPumpPress;
import org.layerpress.sim.PlcPrograms;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatorOptions;

/**
 * The shipped manual pump mapping served by the simulator (as {@code simulate --mapping
 * plc-mapping/manual-pump.yaml} does) and read by the HMI's own OPC UA adapter over loopback: pump
 * strokes fired through the training node raise the oil pressure, the adapter turns it into force
 * through the ram area, and the release valve lets it fall.
 */
class ManualPumpServerTest {

    @TempDir
    static Path dir;
    static PressSimulator simulator;
    static ManualPumpPress pump;
    static MiloPressAdapter adapter;
    static final Map<StandardSignal, PressSample> latest = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() {
        PressMapping mapping = MappingLoader.load(Path.of("plc-mapping/manual-pump.yaml"));
        pump = (ManualPumpPress) PlcPrograms.forMapping(mapping);
        simulator = new PressSimulator(mapping, SimulatorOptions.loopback(0, dir.resolve("sim-pki")), pump);
        simulator.start();
        adapter = new MiloPressAdapter(mapping.withUrl(simulator.endpointUrl()), dir.resolve("hmi"));
        adapter.addSampleListener(s -> latest.put(s.signal(), s));
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

    private static double value(StandardSignal s) {
        PressSample sample = latest.get(s);
        return sample == null ? Double.NaN : sample.value();
    }

    @Test
    void strokesThroughTheTrainingNodeRaiseThePressureAndTheAdapterDerivesTheForce() throws Exception {
        long before = pump.strokes();
        for (int i = 0; i < 6; i++) {
            adapter.command(StandardSignal.PUMP_STROKE);
            long expected = before + i + 1;
            waitUntil("stroke " + (i + 1) + " taken", () -> pump.strokes() == expected, pump::strokes);
        }
        waitUntil("the oil pressure arrives", () -> Math.abs(value(StandardSignal.OIL_PRESSURE) - pump.pressureBar()) < 0.5,
                () -> value(StandardSignal.OIL_PRESSURE) + " bar of " + pump.pressureBar());
        assertTrue(pump.pressureBar() > 25 && pump.pressureBar() <= 30, pump.pressureBar() + " bar after 6 strokes of 5 bar, a little leaked");
        waitUntil("force = oil pressure × 2124 mm²",
                () -> Math.abs(value(StandardSignal.FORCE) - value(StandardSignal.OIL_PRESSURE) * 0.2124) < 1e-6,
                () -> value(StandardSignal.FORCE) + " kN at " + value(StandardSignal.OIL_PRESSURE) + " bar");
        assertTrue(latest.get(StandardSignal.FORCE).good());
        assertTrue(adapter.isMapped(StandardSignal.FORCE), "the HMI sees a force on this press");
        assertFalse(adapter.isMapped(StandardSignal.SETPOINT_FORCE));

        adapter.command(StandardSignal.OPEN_RELEASE_VALVE);
        waitUntil("the valve reads open", () -> value(StandardSignal.RELEASE_VALVE_OPEN) == 1, () -> value(StandardSignal.RELEASE_VALVE_OPEN));
        waitUntil("the pressure falls to zero", () -> value(StandardSignal.FORCE) == 0, () -> value(StandardSignal.FORCE) + " kN");
        assertEquals(0, value(StandardSignal.OIL_PRESSURE));
    }
}
