package org.layerpress.ui.batch;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.ui.batch.RunViewTest.fx;
import static org.layerpress.ui.batch.RunViewTest.tap;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.balance.BalanceSettings;
import org.layerpress.application.balance.WeighingUseCase;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.users.Session;
import org.layerpress.balance.MtSicsBalance;
import org.layerpress.sim.BalanceServer;
import org.layerpress.sim.SimulatedBalance;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.FitPane;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;
import org.layerpress.ui.fx.UseCaseRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Take weight, tapped on the real load page: the glove-sized balance buttons, and the mass and its
 * source filled in from the simulated MT-SICS balance over TCP loopback. Real H2 file store, real JavaFX.
 */
@ExtendWith(ApplicationExtension.class)
class LoadLayerBalanceViewTest {

    /** 20 mm at the design panel's 149 px/in. */
    private static final double GLOVE_PX = 118;

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
        balance.close();
        server.close();
        station.close();
    }

    @Test
    void tappingTakeWeightFillsTheMassFromTheBalanceAndSaysSo(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        SimulatedBalance simulated = new SimulatedBalance("B912345678");
        server = BalanceServer.mtSics(simulated, 0);
        balance = new MtSicsBalance(new BalanceSettings("BAL-1", "127.0.0.1", server.port(), Duration.ofSeconds(10)), station.clock());
        station.sequencer().weighOn(balance.balanceId());
        RunScreen screen = new RunScreen(station);
        long recipe = station.approvedRecipe("Weighed", Duration.ofSeconds(1));
        Session olga = station.olga();
        station.sequencer().start(olga, new StartBatchCommand(recipe, TestStation.DIE.id()));
        station.sequencer().confirmCheck(olga);
        station.sequencer().confirmScan(olga, TestStation.DIE.id());
        simulated.place(0.0604);
        robot.interact(() -> {
            BatchCalls calls = new BatchCalls(station.sequencer(), olga, UseCaseRunner.fx())
                    .withBalance(new WeighingUseCase(station.services().authorizer(), balance));
            RunView view = RunView.load(LayoutLocator.classpathOnly(), screen.viewModel(calls), station.live(), "Simulated press");
            Scene scene = new Scene(new FitPane(view.root()), RunViewTest.WIDTH, RunViewTest.HEIGHT);
            Theme.apply(scene, LayoutLocator.classpathOnly());
            stage.setScene(scene);
            stage.show();
        });
        RunViewTest.awaitStep(robot, "Load the electrolyte");
        for (String button : new String[] {"#tareBalance", "#takeWeight"}) {
            double[] size = fx(() -> {
                Region r = robot.lookup(button).queryAs(Region.class);
                return new double[] {r.getWidth(), r.getHeight()};
            });
            assertTrue(size[0] >= GLOVE_PX && size[1] >= GLOVE_PX, button + " is " + size[0] + " × " + size[1] + " px");
        }

        tap(robot, "#takeWeight");

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> robot.lookup("#massSource").queryAs(Labeled.class).getText())
                .startsWith("Mass from balance BAL-1, stable"));
        assertEquals("Mass\n60.4 mg", fx(() -> robot.lookup("#enterMass").queryAs(Labeled.class).getText()));
    }
}
