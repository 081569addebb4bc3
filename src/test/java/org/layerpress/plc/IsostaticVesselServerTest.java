package org.layerpress.plc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.testing.Eventually.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchRefusedException;
import org.layerpress.application.batch.VesselSetpoints;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;
import org.layerpress.sim.IsostaticVesselPlc;
import org.layerpress.sim.PlcPrograms;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatorOptions;

/**
 * The shipped CIP mapping served by the simulator (as {@code simulate --mapping
 * plc-mapping/isostatic-cip.yaml} does) and driven by the HMI's own OPC UA adapter over loopback:
 * the setpoints and start pressurise the vessel, release vents it, and the lid's interlock holds.
 */
class IsostaticVesselServerTest {

    @TempDir
    static Path dir;
    static PressSimulator simulator;
    static IsostaticVesselPlc vessel;
    static MiloPressAdapter adapter;
    static final Map<StandardSignal, PressSample> latest = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() {
        PressMapping mapping = MappingLoader.load(Path.of("plc-mapping/isostatic-cip.yaml"));
        vessel = (IsostaticVesselPlc) PlcPrograms.forMapping(mapping);
        simulator = new PressSimulator(mapping, SimulatorOptions.loopback(0, dir.resolve("sim-pki")), vessel);
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
    void theHmiPressurisesHoldsAndVentsTheVesselOverOpcUaAndTheLidStaysLockedUnderPressure() throws Exception {
        waitUntil("ready once the PLC has seen the heartbeat", () -> value(StandardSignal.READY) == 1, () -> value(StandardSignal.READY));
        adapter.writeExactly(StandardSignal.VESSEL_PRESSURE_SETPOINT, 20);
        adapter.writeExactly(StandardSignal.VESSEL_PRESSURE_RATE, 5);
        adapter.writeExactly(StandardSignal.VESSEL_RELEASE_RATE, 5);
        adapter.command(StandardSignal.START);
        waitUntil("holding at 20 MPa", () -> vessel.state() == IsostaticVesselPlc.State.HOLDING, vessel::state);
        waitUntil("the HMI reads the vessel pressure", () -> Math.abs(value(StandardSignal.VESSEL_PRESSURE) - 20) <= IsostaticVesselPlc.band(20),
                () -> value(StandardSignal.VESSEL_PRESSURE) + " MPa");
        assertEquals(0, value(StandardSignal.PRESSURE_RELEASED));

        // Unlock, then vent: once the vessel is seen venting, the scan has taken the unlock too (commands are
        // taken in order, each at the latest in the scan that acts on the next), and refused it under pressure.
        adapter.command(StandardSignal.UNLOCK_LID);
        adapter.command(StandardSignal.RELEASE);
        waitUntil("venting", () -> vessel.state() != IsostaticVesselPlc.State.HOLDING, vessel::state);
        assertTrue(vessel.lidLocked(), "the interlock refuses to unlock a pressurised vessel");
        waitUntil("the HMI reads the lid still locked", () -> value(StandardSignal.LID_LOCKED) == 1, () -> value(StandardSignal.LID_LOCKED));

        waitUntil("vented", () -> value(StandardSignal.PRESSURE_RELEASED) == 1, () -> value(StandardSignal.VESSEL_PRESSURE) + " MPa");
        waitUntil("idle", () -> vessel.state() == IsostaticVesselPlc.State.IDLE, vessel::state);
        adapter.command(StandardSignal.UNLOCK_LID);
        waitUntil("the lid unlocks once vented", () -> value(StandardSignal.LID_LOCKED) == 0, () -> value(StandardSignal.LID_LOCKED));
        waitUntil("not ready with the lid open", () -> value(StandardSignal.READY) == 0, () -> value(StandardSignal.READY));
        adapter.command(StandardSignal.LOCK_LID);
        waitUntil("locked again", () -> value(StandardSignal.LID_LOCKED) == 1, () -> value(StandardSignal.LID_LOCKED));
        assertFalse(adapter.isMapped(StandardSignal.SETPOINT_FORCE), "a vessel has no force setpoint");
    }

    @Test
    void theVesselSetpointGuardWritesNothingAboveTheRatingAndRunsAStepThatFits() throws Exception {
        waitUntil("idle and ready", () -> vessel.state() == IsostaticVesselPlc.State.IDLE && value(StandardSignal.READY) == 1, vessel::state);
        VesselSetpoints setpoints = new VesselSetpoints(adapter, MappingLoader.load(Path.of("plc-mapping/isostatic-cip.yaml")).vessel().orElseThrow());
        adapter.writeExactly(StandardSignal.VESSEL_PRESSURE_SETPOINT, 1);

        RecipeStep.Pressurise tooHigh = new RecipeStep.Pressurise("P", Pressure.megaPascals(650), PressureRate.megaPascalsPerSecond(5),
                Duration.ofSeconds(1), Pressure.megaPascals(5));
        BatchRefusedException e = assertThrows(BatchRefusedException.class, () -> setpoints.pressurise(tooHigh));
        assertEquals("not written: a vessel pressure of 650 MPa is above the vessel's rating of 600 MPa", e.getMessage());
        assertEquals(1, readSetpoint(), "nothing written");
        assertEquals(IsostaticVesselPlc.State.IDLE, vessel.state(), "no start");

        setpoints.pressurise(new RecipeStep.Pressurise("P", Pressure.megaPascals(15), PressureRate.megaPascalsPerSecond(5),
                Duration.ofSeconds(1), Pressure.megaPascals(1)));
        waitUntil("holding at 15 MPa", () -> vessel.state() == IsostaticVesselPlc.State.HOLDING, vessel::state);
        setpoints.depressurise(new RecipeStep.Depressurise("V", PressureRate.megaPascalsPerSecond(5)));
        waitUntil("vented", () -> vessel.state() == IsostaticVesselPlc.State.IDLE && value(StandardSignal.PRESSURE_RELEASED) == 1, vessel::state);
    }

    private static double readSetpoint() throws Exception {
        return adapter.readAll().stream().filter(r -> r.signal() == StandardSignal.VESSEL_PRESSURE_SETPOINT).findFirst().orElseThrow().engineering();
    }
}
