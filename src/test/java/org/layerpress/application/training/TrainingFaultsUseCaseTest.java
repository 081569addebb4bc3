package org.layerpress.application.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.batch.TrainingNotes;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.training.TrainingFault.Kind;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.sim.FaultCode;
import org.layerpress.sim.SimulatorTraining;
import org.layerpress.station.Station;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.SimulatedPress;
import org.layerpress.testing.TestStation;

/**
 * Training faults on the real simulator over OPC UA loopback and a real H2 file: who may inject them, that a
 * real press refuses them, that each is audited and goes into the record of a batch open at the time.
 */
class TrainingFaultsUseCaseTest {

    @TempDir
    static Path pressDir;
    private static SimulatedPress press;

    @TempDir
    Path dir;
    private TestStation station;
    private SimulatorTraining simulator;

    @BeforeAll
    static void startPress() {
        press = SimulatedPress.start(pressDir);
    }

    @AfterAll
    static void stopPress() {
        press.close();
    }

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).demoUsers().on(press).build();
        simulator = new SimulatorTraining(press.simulator());
    }

    @AfterEach
    void close() {
        simulator.close();
        station.close();
    }

    private TrainingFaultsUseCase training(Optional<TrainingPort> port, boolean demo) {
        return new TrainingFaultsUseCase(port, station.services().authorizer(), station.services().auditor(), station.services().transactions(),
                station.sequencer().trainingNotes(), demo);
    }

    private TrainingFaultsUseCase onSimulator() {
        return training(Optional.of(simulator), false);
    }

    @Test
    void aSupervisorOpensTheDoorOfTheSimulatedPressAndTheAuditTrailSaysWhoAndWhat() {
        String said = onSimulator().inject(station.sam(), TrainingFault.of(Kind.DOOR_OPEN));

        assertTrue(said.startsWith("Open the guard door: done."), said);
        Eventually.waitUntil("door open seen", () -> !station.live().isTrue(StandardSignal.DOOR_CLOSED), station.live()::snapshot);
        assertEquals(1, station.auditCount(AuditActions.TRAINING_FAULT, "sam"));
    }

    @Test
    void anOperatorIsRefusedOnAStationThatIsNoDemoAndThePressIsUntouched() {
        TrainingFaultsUseCase training = onSimulator();

        assertTrue(training.whyNot(station.olga()).isPresent());
        assertThrows(AccessDeniedException.class, () -> training.inject(station.olga(), TrainingFault.of(Kind.DOOR_OPEN)));
        assertTrue(station.live().isTrue(StandardSignal.DOOR_CLOSED));
        assertEquals(0, station.auditCount(AuditActions.TRAINING_FAULT, "olga"));
        assertEquals(1, station.auditCount(AuditActions.ACCESS_DENIED, "olga"));
        assertThrows(AccessDeniedException.class, () -> training.inject(station.quinn(), TrainingFault.of(Kind.LINK_DROP)), "nor QA");
    }

    @Test
    void onADemoStationEveryoneMayTrain() {
        TrainingFaultsUseCase training = training(Optional.of(simulator), true);

        assertEquals(Optional.empty(), training.whyNot(station.olga()));
        training.inject(station.olga(), new TrainingFault(Kind.LEAK_ON, 0.5));

        assertEquals(1, station.auditCount(AuditActions.TRAINING_FAULT, "olga"));
    }

    @Test
    void aRealPressRefusesTrainingInWordsAndTheRefusalIsAudited() {
        TrainingFaultsUseCase training = training(Optional.empty(), true);

        assertFalse(training.simulated());
        assertEquals(List.of(), training.offered());
        assertEquals(Optional.of(TrainingFaultsUseCase.REAL_PRESS), training.whyNot(station.sam()));
        TrainingRefusedException e = assertThrows(TrainingRefusedException.class,
                () -> training.inject(station.sam(), TrainingFault.of(Kind.DOOR_OPEN)));
        assertTrue(e.getMessage().contains("real PLC"), e.getMessage());
        assertTrue(station.live().isTrue(StandardSignal.DOOR_CLOSED));
        assertEquals(1, station.auditCount(AuditActions.TRAINING_FAULT, "sam"), "the refused attempt is in the audit trail");
    }

    @Test
    void aStationOnAMappedPlcIsBuiltWithoutTraining(@TempDir Path real) {
        try (Station s = Station.builder(real).press(MappingLoader.loadBundled("s7-1500-db-hmi.yaml")).whenNoDies(TestStation.DIE)
                .demo(true).prepare(useCases -> { })) {
            assertFalse(s.trainingFaults().simulated());
            assertTrue(s.trainingFaults().whyNot(null).isPresent());
        }
    }

    @Test
    void aLinkDropTakesThePlcAwayAndItComesBackByItself() {
        onSimulator().inject(station.sam(), new TrainingFault(Kind.LINK_DROP, 2));

        Eventually.waitUntil("link lost", () -> station.live().link().state() != LinkState.CONNECTED, station.live()::link);
        Eventually.waitUntil("link back", Duration.ofSeconds(60), () -> station.live().link().state() == LinkState.CONNECTED, station.live()::link);
        assertTrue(press.simulator().isServing());
    }

    @Test
    void aPlcFaultIsLatchedWithItsCodeAndAResetClearsIt() {
        onSimulator().inject(station.sam(), new TrainingFault(Kind.PLC_FAULT, 3));

        Eventually.waitUntil("fault 3 seen", () -> station.live().fault().isPresent(), station.live()::snapshot);
        assertEquals(FaultCode.HEARTBEAT_LOST, press.plc().faultCode());
        press.simulator().fireCommand(StandardSignal.RESET);
        Eventually.waitUntil("fault reset", () -> press.plc().faultCode() == FaultCode.NONE, press.plc()::faultCode);
    }

    @Test
    void theAutomaticHeatedPressOffersItsFaultsAndNoLidAndAFaultItCannotHaveIsRefused() {
        List<Kind> offered = onSimulator().offered();

        assertTrue(offered.containsAll(List.of(Kind.DOOR_OPEN, Kind.ESTOP_PRESS, Kind.LEAK_ON, Kind.SENSOR_STUCK, Kind.SPIKE, Kind.LINK_DROP,
                Kind.PLC_FAULT, Kind.HEATER_FAIL, Kind.THERMOCOUPLE_OPEN)), offered.toString());
        assertFalse(offered.contains(Kind.LID_UNLOCK));
        assertThrows(TrainingRefusedException.class, () -> onSimulator().inject(station.sam(), TrainingFault.of(Kind.LID_UNLOCK)));
    }

    @Test
    void aFaultInjectedWhileABatchIsOpenGoesIntoItsRecordWithWhoAndWhatToExpect() {
        long recipe = station.approvedRecipe("Trained", Duration.ofSeconds(30));
        String batchId = station.startAndLoad(station.olga(), recipe, TestStation.DIE).batchId();

        onSimulator().inject(station.sam(), new TrainingFault(Kind.LEAK_ON, 2));

        List<BatchEvent> trained = station.events(batchId).stream().filter(e -> e.kind() == BatchEventKind.TRAINING_FAULT).toList();
        assertEquals(1, trained.size());
        assertEquals("sam", trained.get(0).actor());
        assertEquals("Oil leak during hold (2 kN/s)", trained.get(0).value(TrainingNotes.FAULT));
        assertEquals(Kind.LEAK_ON.expect(), trained.get(0).value(TrainingNotes.EXPECT));
    }
}
