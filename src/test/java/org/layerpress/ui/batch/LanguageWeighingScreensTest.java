package org.layerpress.ui.batch;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.ui.batch.LanguagePages.text;
import static org.layerpress.ui.batch.RunViewTest.fx;
import static org.layerpress.ui.batch.RunViewTest.tap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.balance.BalanceSettings;
import org.layerpress.application.balance.WeighingUseCase;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.users.LoginCommand;
import org.layerpress.application.users.Session;
import org.layerpress.balance.MtSicsBalance;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.user.Language;
import org.layerpress.domain.user.Pin;
import org.layerpress.sim.BalanceServer;
import org.layerpress.sim.SimulatedBalance;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.FitPane;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A witnessed weighing on a station with a balance, in German and Chinese: Tare and Take weight, where the
 * mass came from, a typed mass's reason tiles, the witness's name tiles and PIN pad, the lot pad, all in
 * the person's language, nothing cut, every key glove-sized. The record keeps the English preset, the
 * balance's reading with '.', and the witness. Simulated MT-SICS balance over TCP loopback, real H2 file.
 * Pictures in target/screen-checks (lang-de-balance…, lang-zh-witness…).
 */
@ExtendWith(ApplicationExtension.class)
class LanguageWeighingScreensTest {

    @TempDir
    Path dir;
    private Stage stage;
    private TestStation station;
    private BalanceServer server;
    private MtSicsBalance balance;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(null)).get(10, SECONDS);
        Words.use(Words.STATION_DEFAULT);
        if (balance != null) {
            balance.close();
        }
        if (server != null) {
            server.close();
        }
        if (station != null) {
            station.close();
        }
    }

    /** A witnessed recipe started for Olga in {@code language} up to its first layer, shown with the balance and the witnesses. */
    private String toWitnessedLoad(FxRobot robot, Language language, SimulatedBalance simulated) throws Exception {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        server = BalanceServer.mtSics(simulated, 0);
        balance = new MtSicsBalance(new BalanceSettings("BAL-1", "127.0.0.1", server.port(), Duration.ofSeconds(10)), station.clock());
        station.sequencer().weighOn(balance.balanceId());
        RunScreen screen = new RunScreen(station);
        long recipe = station.approvedRecipe("Witnessed", Duration.ofSeconds(1), true);
        Session olga = station.services().login().login(LoginCommand.byLogin("olga", Pin.of("111111")).choosing(language))
                .session().orElseThrow();
        Words.use(olga.user().languageOrDefault().locale());
        String id = station.sequencer().start(olga, new StartBatchCommand(recipe, TestStation.DIE.id())).batchId();
        station.sequencer().confirmCheck(olga);
        station.sequencer().confirmScan(olga, TestStation.DIE.id());
        robot.interact(() -> {
            BatchCalls calls = new BatchCalls(station.sequencer(), olga, UseCaseRunner.fx())
                    .withBalance(new WeighingUseCase(station.services().authorizer(), balance))
                    .withPeople(station.services().login()::loginChoices);
            RunView view = RunView.load(LayoutLocator.classpathOnly(), screen.viewModel(calls), station.live(), "Simulated press");
            Scene scene = new Scene(new FitPane(view.root()), RunViewTest.WIDTH, RunViewTest.HEIGHT);
            Theme.apply(scene, LayoutLocator.classpathOnly());
            stage.setScene(scene);
            stage.show();
        });
        RunViewTest.awaitStep(robot, "Load the electrolyte");
        return id;
    }

    /** Taps the picker's tile that picks {@code choice} (its words are the person's language, the choice is the English preset). */
    private static void tapTile(FxRobot robot, String choice) throws Exception {
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> robot.lookup(".lp-picker-tiles .toggle-button").queryAll().stream()
                .anyMatch(n -> choice.equals(n.getUserData()))));
        Node tile = fx(() -> robot.lookup(".lp-picker-tiles .toggle-button").queryAll().stream()
                .filter(n -> choice.equals(n.getUserData())).findFirst().orElseThrow());
        robot.clickOn(tile);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The weighing: Tare, a mass typed with a reason from the tiles, then Take weight, the witness by name
     * tile and PIN, the lot typed, Confirm; every page measured as {@code language}.
     */
    private void weighWitnessAndConfirm(FxRobot robot, LanguagePages pages, String language, String id, SimulatedBalance simulated)
            throws Exception {
        pages.measure(robot, language + " balance");
        tap(robot, "#enterMass");
        RunViewTest.typeOnPad(robot, "60.1");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> robot.lookup(".lp-picker-tiles").tryQuery().isPresent()));
        pages.measure(robot, language + " balance why typed");
        tapTile(robot, "Balance in service");
        simulated.place(0.0604);
        tap(robot, "#takeWeight");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> text(robot, "#massSource").contains("BAL-1"));
        assertTrue(text(robot, "#massSource").startsWith(Words.format("balance.mass", "")), text(robot, "#massSource"));
        pages.measure(robot, language + " balance weighed");

        tap(robot, "#enterWitness");
        pages.measure(robot, language + " witness names");
        tapTile(robot, "Quinn Reviewer");
        RunViewTest.waitEnabled(robot, "#witnessPinPad");
        pages.measure(robot, language + " witness pin");
        assertEquals(Words.format("witness.pin", "Quinn Reviewer"), text(robot, ".lp-picker-title"));
        assertEquals(Words.get("common.clear"), text(robot, "#witnessPinPad #keyClear"));
        for (char d : "222222".toCharArray()) {
            tap(robot, "#witnessPinPad #key" + d);
        }
        tap(robot, "#witnessPinPad #keyOk");
        assertEquals(Words.format("witness.by", "Quinn Reviewer"), text(robot, "#witnessName"));
        tap(robot, "#enterLot");
        RunViewTest.typeOnLotPad(robot, "LPSCL-4711");
        tap(robot, "#confirmStep");
        RunViewTest.awaitStep(robot, "Press the electrolyte");

        assertEquals(StepState.CONFIRMED, station.stored(id).step(3).state());
        assertEquals("quinn", station.stored(id).step(3).value("witness"));
        assertEquals(List.of(), LanguagePages.notEnglish(station.events(id)), "the record keeps English whatever the screens show");
        assertEquals(List.of(), pages.problems(), String.join("\n", pages.problems()));
    }

    @Test
    void aGermanOperatorWeighsOnTheBalanceAndAWitnessConfirmsOnGermanPages(FxRobot robot) throws Exception {
        SimulatedBalance simulated = new SimulatedBalance("B912345678");
        String id = toWitnessedLoad(robot, Language.GERMAN, simulated);
        assertEquals("Tarieren", text(robot, "#tareBalance"));
        assertEquals("Gewicht lesen", text(robot, "#takeWeight"));
        assertEquals("Zeuge\u2026", text(robot, "#enterWitness"));
        weighWitnessAndConfirm(robot, new LanguagePages(stage), "de", id, simulated);
        assertTrue(station.stored(id).step(3).values().containsValue("60.4"), "the balance's reading is recorded with '.': "
                + station.stored(id).step(3).values());
    }

    @Test
    void aChineseOperatorWeighsOnTheBalanceAndAWitnessConfirmsOnChinesePages(FxRobot robot) throws Exception {
        SimulatedBalance simulated = new SimulatedBalance("B912345678");
        String id = toWitnessedLoad(robot, Language.CHINESE, simulated);
        assertEquals("去皮", text(robot, "#tareBalance"));
        weighWitnessAndConfirm(robot, new LanguagePages(stage), "zh", id, simulated);
    }
}
