package org.layerpress.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.training.TrainingFault;
import org.layerpress.application.training.TrainingFault.Kind;
import org.layerpress.testing.Eventually;

/**
 * Which faults each simulated press offers for training, and that they reach its PLC program: on the scanning
 * simulator of each bundled mapping (its OPC UA server not started; the link drop is tested over OPC UA elsewhere).
 */
class SimulatorTrainingTest {

    @TempDir
    Path dir;

    private PressSimulator simulator(String mapping) {
        PressMapping m = MappingLoader.loadBundled(mapping);
        return new PressSimulator(m, SimulatorOptions.loopback(0, dir.resolve("pki")), PlcPrograms.forMapping(m));
    }

    @Test
    void theAutomaticHeatedPressOffersItsInterlocksFaultsAndHeatersButNoLid() {
        try (PressSimulator sim = simulator("simulator.yaml"); SimulatorTraining training = new SimulatorTraining(sim)) {
            Set<Kind> offered = training.supported();
            assertTrue(offered.containsAll(EnumSet.range(Kind.DOOR_OPEN, Kind.THERMOCOUPLE_CLOSE)), offered.toString());
            assertFalse(offered.contains(Kind.LID_UNLOCK));
        }
    }

    @Test
    void theManualPumpPressCanOnlyLoseItsLink() {
        try (PressSimulator sim = simulator("manual-pump.yaml"); SimulatorTraining training = new SimulatorTraining(sim)) {
            assertEquals(Set.of(Kind.LINK_DROP), training.supported());
            assertThrows(IllegalArgumentException.class, () -> training.inject(TrainingFault.of(Kind.DOOR_OPEN)));
        }
    }

    @Test
    void theVesselsLidIsUnlockedAndLockedAgainByTheTrainingNodes() {
        try (PressSimulator sim = simulator("isostatic-cip.yaml"); SimulatorTraining training = new SimulatorTraining(sim)) {
            assertEquals(Set.of(Kind.LINK_DROP, Kind.ESTOP_PRESS, Kind.ESTOP_RELEASE, Kind.LID_UNLOCK, Kind.LID_LOCK), training.supported());
            IsostaticVesselPlc vessel = (IsostaticVesselPlc) sim.program();

            training.inject(TrainingFault.of(Kind.LID_UNLOCK));
            Eventually.waitUntil("lid unlocked", () -> !vessel.lidLocked(), vessel::state);
            training.inject(TrainingFault.of(Kind.LID_LOCK));
            Eventually.waitUntil("lid locked", vessel::lidLocked, vessel::state);
        }
    }

    @Test
    void aPlcFaultAndAStuckSensorReachTheAutomaticPress() {
        try (PressSimulator sim = simulator("simulator.yaml"); SimulatorTraining training = new SimulatorTraining(sim)) {
            SimulatedPressPlc plc = (SimulatedPressPlc) sim.program();

            training.inject(new TrainingFault(Kind.PLC_FAULT, 6));
            Eventually.waitUntil("fault 6 latched", () -> plc.faultCode() == FaultCode.SENSOR_FAULT, plc::faultCode);
            training.inject(TrainingFault.of(Kind.DOOR_OPEN));
            Eventually.waitUntil("door reads open", () -> sim.image().get(org.layerpress.application.press.StandardSignal.DOOR_CLOSED) == 0,
                    plc::state);
        }
    }
}
