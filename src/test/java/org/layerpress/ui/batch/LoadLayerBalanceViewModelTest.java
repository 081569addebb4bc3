package org.layerpress.ui.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.balance.BalanceSettings;
import org.layerpress.application.balance.WeighingUseCase;
import org.layerpress.application.batch.StepRun;
import org.layerpress.balance.MtSicsBalance;
import org.layerpress.domain.batch.StepState;
import org.layerpress.sim.BalanceServer;
import org.layerpress.sim.SimulatedBalance;
import org.layerpress.sim.SimulatedBalance.Trouble;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * The load step's view model on a station with a balance: Tare, Take weight, an unstable balance
 * refused in words, a typed mass only as a deviation. Calls inline on the real sequencer and H2,
 * the MT-SICS adapter talking to the simulated balance over TCP loopback.
 */
class LoadLayerBalanceViewModelTest {

    @TempDir
    Path dir;
    private TestStation station;
    private SimulatedBalance simulated;
    private BalanceServer server;
    private MtSicsBalance balance;
    private RunViewModel run;
    private String batchId;

    @BeforeEach
    void startBatch() throws Exception {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        simulated = new SimulatedBalance("B912345678");
        server = BalanceServer.mtSics(simulated, 0);
        balance = new MtSicsBalance(new BalanceSettings("BAL-1", "127.0.0.1", server.port(), Duration.ofSeconds(10)), station.clock());
        station.sequencer().weighOn(balance.balanceId());
        RunScreen screen = new RunScreen(station);
        long recipe = screen.approvedRecipe("Fast bilayer", Duration.ofSeconds(1));
        run = screen.viewModel(new BatchCalls(station.sequencer(), station.olga(), UseCaseRunner.inline())
                .withBalance(new WeighingUseCase(station.services().authorizer(), balance)));
        run.open();
        run.start().pickRecipe(run.start().tiles().stream().filter(t -> t.versionId() == recipe).findFirst().orElseThrow());
        run.start().pickDie("D10-01");
        run.start().start();
        batchId = run.getBatch().batchId();
        CheckStepViewModel check = step(CheckStepViewModel.class);
        check.toggle("Die clean");
        check.confirm();
        ScanStepViewModel scan = step(ScanStepViewModel.class);
        scan.enter("D10-01");
        scan.confirm();
    }

    @AfterEach
    void close() {
        balance.close();
        server.close();
        station.close();
    }

    private <T extends StepModel> T step(Class<T> kind) {
        return assertInstanceOf(kind, run.getStepModel(), () -> "page " + run.getPage() + ", notice " + run.getNotice());
    }

    @Test
    void tareThenTakeWeightFillsTheMassFromTheBalanceAndTheRecordSaysSo() {
        LoadLayerViewModel load = step(LoadLayerViewModel.class);
        assertTrue(load.hasBalance());
        simulated.place(2.5);
        load.tare();
        simulated.place(2.5 + 0.0603);

        load.takeWeight();
        load.enterLot("LOT-A");

        assertEquals("60.3 mg", load.getMassText());
        // The screen names the balance and whether it was stable; its serial number and the reading's time are in the record.
        assertTrue(load.getMassSource().startsWith("from balance BAL-1, stable"), load.getMassSource());
        assertTrue(load.isReady());
        load.confirm();
        StepRun stored = station.stored(batchId).step(3);
        assertEquals(StepState.CONFIRMED, stored.state());
        assertEquals("balance", stored.value("mass.source"));
        assertEquals("B912345678", stored.value("balance.serial"));
    }

    @Test
    void anUnstableBalanceSaysWaitAndTakesNothing() {
        LoadLayerViewModel load = step(LoadLayerViewModel.class);
        simulated.place(0.06);
        simulated.trouble(Trouble.UNSTABLE);

        load.takeWeight();

        assertTrue(load.mass().isEmpty(), "no mass taken");
        assertTrue(run.getNotice().text().startsWith("Not stable yet: wait"), run.getNotice().text());
        load.enterLot("LOT-A");
        assertFalse(load.isReady());
    }

    @Test
    void aTypedMassNeedsTheReasonTheBalanceIsNotUsedAndIsRecordedAsTypedDeviation() {
        LoadLayerViewModel load = step(LoadLayerViewModel.class);
        load.enterLot("LOT-A");
        load.enterMass(60.2);
        assertFalse(load.isReady(), "typed on a station with a balance: no Confirm without a reason");
        assertEquals("typed: give the reason the balance is not used", load.getMassSource());

        load.typeBecause("balance offline");
        assertTrue(load.isReady());
        load.confirm();

        StepRun stored = station.stored(batchId).step(3);
        assertEquals(StepState.DEVIATED, stored.state());
        assertEquals("typed.balanceOffline", stored.value("mass.source"));
        assertEquals("balance offline", stored.value("mass.typedReason"));
    }

    @Test
    void aBalanceThatIsGoneSaysOfflineInWords() {
        LoadLayerViewModel load = step(LoadLayerViewModel.class);
        server.close();

        load.takeWeight();

        assertTrue(run.getNotice().text().startsWith("Balance offline"), run.getNotice().text());
        assertTrue(load.mass().isEmpty());
    }
}
