package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.balance.BalanceException;
import org.layerpress.application.balance.BalanceFailure;
import org.layerpress.application.balance.BalanceSettings;
import org.layerpress.application.balance.WeighingUseCase;
import org.layerpress.application.review.ValuePhrases;
import org.layerpress.application.users.Session;
import org.layerpress.balance.MtSicsBalance;
import org.layerpress.domain.batch.MassSource;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.StepState;
import org.layerpress.sim.BalanceServer;
import org.layerpress.sim.SimulatedBalance;
import org.layerpress.sim.SimulatedBalance.Trouble;
import org.layerpress.testing.TestStation;

/**
 * LOAD_LAYER on a station that weighs on a balance: the real sequencer and H2 file, the MT-SICS
 * adapter talking to the simulated balance over TCP loopback. Each test runs its own batch up to
 * the first weighing and aborts it afterwards.
 */
class WeighedLoadLayerTest {

    @TempDir
    static Path dir;
    private static TestStation station;
    private static long recipe;
    private static SimulatedBalance simulated;
    private static BalanceServer server;
    private static MtSicsBalance balance;
    private static WeighingUseCase weighing;
    private Session olga;
    private String batchId;

    @BeforeAll
    static void openStation() throws Exception {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        recipe = station.approvedRecipe("Weighed", Duration.ofSeconds(1));
        simulated = new SimulatedBalance("B912345678");
        server = BalanceServer.mtSics(simulated, 0);
        balance = new MtSicsBalance(new BalanceSettings("BAL-1", "127.0.0.1", server.port(), Duration.ofSeconds(10)), station.clock());
        weighing = new WeighingUseCase(station.services().authorizer(), balance);
        station.sequencer().weighOn(balance.balanceId());
    }

    @AfterAll
    static void closeStation() {
        balance.close();
        server.close();
        station.close();
    }

    @AfterEach
    void abortTheBatch() {
        simulated.trouble(Trouble.NONE);
        if (station.sequencer().current().isPresent()) {
            station.sequencer().abort(olga, "end of test");
        }
    }

    /** Steps 1–2 of a fresh batch; step 3 is the weighing of 60 ± 2 mg. */
    private void upToTheWeighing() {
        olga = station.olga();
        batchId = station.sequencer().start(olga, new StartBatchCommand(recipe, TestStation.DIE.id())).batchId();
        station.sequencer().confirmCheck(olga);
        station.sequencer().confirmScan(olga, TestStation.DIE.id());
    }

    @Test
    void aStableWeightFromTheBalanceIsRecordedWithTheBalanceItsSerialNumberAndTime() {
        upToTheWeighing();
        simulated.place(3.2);
        weighing.tare(olga);
        simulated.place(3.2 + 0.06012);

        MassSource.Weighed taken = weighing.takeWeight(olga);
        station.sequencer().loadFromBalance(olga, taken, "LOT-A", Optional.empty(), Optional.empty());

        StepRun step = station.stored(batchId).step(3);
        assertEquals(StepState.CONFIRMED, step.state());
        assertEquals(60.12, Double.parseDouble(step.value("mass.mg")), 1e-6);
        assertEquals("balance", step.value("mass.source"));
        assertEquals("BAL-1", step.value("balance.id"));
        assertEquals("B912345678", step.value("balance.serial"));
        assertEquals("g", step.value("balance.unit"));
        assertEquals("true", step.value("balance.stable"));
        assertEquals(station.clock().instant().toString(), step.value("balance.at"));
        String line = String.join(" | ", ValuePhrases.sentences(step.values(), java.util.Set.of()));
        assertTrue(line.contains("weighing: from balance BAL-1 (S/N B912345678), stable, 0.06012 g"), line);
    }

    @Test
    void anUnsettledBalanceGivesNoWeightAndTheStepWaits() {
        upToTheWeighing();
        simulated.place(0.06);
        simulated.trouble(Trouble.UNSTABLE);

        BalanceException e = assertThrows(BalanceException.class, () -> weighing.takeWeight(olga));

        assertEquals(BalanceFailure.NOT_STABLE, e.failure());
        assertEquals(StepState.ACTIVE, station.stored(batchId).step(3).state());
    }

    @Test
    void anUnstableReadingHandedToTheSequencerIsRefusedAndNotRecorded() {
        upToTheWeighing();
        MassSource.Weighed moving = new MassSource.Weighed("BAL-1", "B912345678", 0.06, "g", false, station.clock().instant());

        BatchRefusedException e = assertThrows(BatchRefusedException.class,
                () -> station.sequencer().loadFromBalance(olga, moving, "LOT-A", Optional.empty(), Optional.empty()));

        assertEquals("Not stable yet: wait", e.getMessage());
        assertEquals(StepState.ACTIVE, station.stored(batchId).step(3).state());
    }

    @Test
    void aPlainTypedMassIsRefusedOnAStationWithABalance() {
        upToTheWeighing();

        BatchRefusedException e = assertThrows(BatchRefusedException.class,
                () -> station.sequencer().loadLayer(olga, 60.1, "LOT-A", Optional.empty()));

        assertTrue(e.getMessage().contains("weighs on balance BAL-1"), e.getMessage());
        assertEquals(StepState.ACTIVE, station.stored(batchId).step(3).state());
    }

    @Test
    void aMassTypedBecauseTheBalanceIsOfflineIsADeviationMarkedTyped() {
        upToTheWeighing();
        assertThrows(BatchRefusedException.class,
                () -> station.sequencer().loadTypedWithoutBalance(olga, 60.1, " ", "LOT-A", Optional.empty(), Optional.empty()));

        station.sequencer().loadTypedWithoutBalance(olga, 60.1, "cable unplugged", "LOT-A", Optional.empty(), Optional.empty());

        StepRun step = station.stored(batchId).step(3);
        assertEquals(StepState.DEVIATED, step.state());
        assertEquals("typed.balanceOffline", step.value("mass.source"));
        assertEquals("", step.value("balance.id"), "no balance field for a typed mass");
        assertEquals("mass typed, not weighed on the balance", step.value(StepResultCodec.FINDINGS));
        String line = String.join(" | ", ValuePhrases.sentences(step.values(), java.util.Set.of()));
        assertTrue(line.contains("weighing: typed (balance offline: cable unplugged)"), line);
    }
}
