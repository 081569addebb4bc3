package org.layerpress.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.training.TrainingFaultsUseCase;
import org.layerpress.application.training.TrainingPort;
import org.layerpress.application.users.Session;
import org.layerpress.sim.PlcPrograms;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatorOptions;
import org.layerpress.sim.SimulatorTraining;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.shell.MainViewModel;
import org.layerpress.ui.shell.MainViewModel.Section;

/**
 * Who gets the Training section, on which press: a Supervisor or Admin on the simulated press, everyone on a demo
 * station's simulated press, nobody on a real press; and where it sits in the frame (under "More", which then
 * holds the station-keeping sections too). On a real H2 file and a simulated PLC whose OPC UA server is not started.
 */
class TrainingVisibilityTest {

    @TempDir
    Path dir;
    private TestStation station;
    private PressSimulator simulator;
    private SimulatorTraining port;

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        PressMapping m = MappingLoader.loadBundled("simulator.yaml");
        simulator = new PressSimulator(m, SimulatorOptions.loopback(0, dir.resolve("simulator-pki")), PlcPrograms.forMapping(m));
        port = new SimulatorTraining(simulator);
    }

    @AfterEach
    void close() {
        port.close();
        simulator.close();
        station.close();
    }

    private TrainingFaultsUseCase training(boolean simulated, boolean demo) {
        return new TrainingFaultsUseCase(simulated ? Optional.<TrainingPort>of(port) : Optional.empty(), station.services().authorizer(),
                station.services().auditor(), station.services().transactions(), station.sequencer().trainingNotes(), demo);
    }

    private static boolean shown(TrainingFaultsUseCase training, Session session) {
        return TrainingView.section(LayoutLocator.classpathOnly(), training, session).isPresent();
    }

    @Test
    void onTheSimulatedPressASupervisorAndAnAdminGetTrainingAndAnOperatorAndQaDoNot() {
        TrainingFaultsUseCase training = training(true, false);

        assertTrue(shown(training, station.sam()));
        assertTrue(shown(training, station.ada()));
        assertFalse(shown(training, station.olga()));
        assertFalse(shown(training, station.quinn()));
    }

    @Test
    void onADemoStationEveryoneGetsTraining() {
        TrainingFaultsUseCase training = training(true, true);

        assertTrue(shown(training, station.olga()));
        assertTrue(shown(training, station.quinn()));
    }

    @Test
    void onARealPressNobodyGetsTrainingNotEvenOnADemoStation() {
        for (boolean demo : new boolean[] {false, true}) {
            TrainingFaultsUseCase training = training(false, demo);
            assertFalse(shown(training, station.sam()));
            assertFalse(shown(training, station.ada()));
            assertFalse(shown(training, station.olga()));
        }
    }

    @Test
    void trainingSitsUnderMoreWithTheStationKeepingSectionsAndWithoutItTheBarIsAsBefore() {
        MainViewModel without = new MainViewModel(station.sam(), station.services().sessions(), UseCaseRunner.inline(), () -> { }, () -> { });
        assertFalse(without.allowed(Section.TRAINING));
        assertTrue(without.folded(Section.DIES), "a Supervisor's six sections (Records among them) fold Dies and Calibration as before");
        assertFalse(without.folded(Section.RECORDS));
        without.show(Section.TRAINING);
        assertEquals(MainViewModel.landing(station.sam().user()), without.getSection(), "not opened for who may not");

        MainViewModel with = new MainViewModel(station.sam(), station.services().sessions(), UseCaseRunner.inline(), () -> { }, () -> { })
                .allowTraining();
        assertTrue(with.isFolding());
        assertTrue(with.folded(Section.TRAINING));
        assertTrue(with.folded(Section.DIES));
        with.show(Section.TRAINING);
        assertEquals(Section.TRAINING, with.getSection());
    }
}
