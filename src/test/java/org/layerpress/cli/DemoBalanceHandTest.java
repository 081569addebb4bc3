package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.balance.BalanceSettings;
import org.layerpress.application.balance.WeighingUseCase;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.batch.StepRun;
import org.layerpress.application.users.Session;
import org.layerpress.balance.MtSicsBalance;
import org.layerpress.domain.batch.MassSource;
import org.layerpress.domain.batch.StepState;
import org.layerpress.sim.BalanceServer;
import org.layerpress.sim.SimulatedBalance;
import org.layerpress.testing.TestStation;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo's hand at the simulated balance, on the real sequencer and H2 with the MT-SICS adapter
 * over TCP loopback: a boat when the weighing comes up, the layer poured once the boat is tared, so
 * a demo batch weighs by taps alone.
 */
class DemoBalanceHandTest {

    @TempDir
    Path dir;
    private TestStation station;
    private SimulatedBalance simulated;
    private BalanceServer server;
    private MtSicsBalance balance;
    private DemoBalanceHand hand;

    @BeforeEach
    void open() throws Exception {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        simulated = new SimulatedBalance("SIM0000001");
        server = BalanceServer.mtSics(simulated, 0);
        balance = new MtSicsBalance(new BalanceSettings("BAL-SIM", "127.0.0.1", server.port(), Duration.ofSeconds(10)), station.clock());
        station.sequencer().weighOn(balance.balanceId());
        hand = new DemoBalanceHand(simulated);
        station.sequencer().addListener(hand);
    }

    @AfterEach
    void close() {
        hand.close();
        balance.close();
        server.close();
        station.close();
    }

    @Test
    void theBoatIsWeighedUntilTaredThenTheLayerIsPouredJustOverItsTarget() throws Exception {
        long recipe = station.approvedRecipe("Weighed", Duration.ofSeconds(1));
        WeighingUseCase weighing = new WeighingUseCase(station.services().authorizer(), balance);
        Session olga = station.olga();
        String batchId = station.sequencer().start(olga, new StartBatchCommand(recipe, TestStation.DIE.id())).batchId();
        station.sequencer().confirmCheck(olga);
        station.sequencer().confirmScan(olga, TestStation.DIE.id());

        // Not tared yet: the boat alone is on the pan, and nothing is poured.
        assertEquals(DemoBalanceHand.BOAT_GRAMS * 1000, weighing.takeWeight(olga).milligrams(), 1e-6);
        weighing.tare(olga);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> simulated.netGrams() > 0);
        MassSource.Weighed poured = weighing.takeWeight(olga);
        station.sequencer().loadFromBalance(olga, poured, "LOT-A", Optional.empty(), Optional.empty());

        // The test recipe's first layer is 60 ± 2 mg: 0.4 % over is 60.24 mg, inside the tolerance.
        StepRun step = station.stored(batchId).step(3);
        assertEquals(StepState.CONFIRMED, step.state());
        assertEquals(60.24, Double.parseDouble(step.value("mass.mg")), 1e-6);
        assertEquals("balance", step.value("mass.source"));
    }
}
