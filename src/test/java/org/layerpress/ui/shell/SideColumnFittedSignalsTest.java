package org.layerpress.ui.shell;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.sim.ManualPumpPress;
import org.layerpress.testing.TestStation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real shell (Shell.fxml) under Monocle, on the real simulators over OPC UA: the side column
 * shows only the signals the press's mapping binds. The manual pump press has no door, e-stop,
 * sequence or fault code, so those rows (and the ram position) are gone, not STALE; the automatic
 * simulator binds them all, so all are shown, with live words.
 */
@ExtendWith(ApplicationExtension.class)
class SideColumnFittedSignalsTest {

    private static final List<String> SIDE_ROWS = List.of("#door", "#estop", "#plc", "#running", "#stepDone", "#fault");

    @TempDir
    Path dir;
    private Stage stage;
    private TestStation station;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(null)).get(10, SECONDS);
        if (station != null) {
            station.close();
        }
    }

    private void showShell() throws Exception {
        HmiContext ctx = new HmiContext(station.live(), station.mapping().press().model(), Optional.empty(), true, () -> { }, station.services());
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(HmiApplication.createShellScene(ctx));
            stage.show();
        }).get(10, SECONDS);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "CONNECTED".equals(word(robotLess("#statusBar #link"))));
    }

    private Node robotLess(String query) {
        return stage.getScene().getRoot().lookup(query);
    }

    /** Shown only if it and every node it sits in are visible (a readout in a hidden panel is not shown). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String word(Node indicator) {
        return ((Labeled) indicator.lookup(".lp-indicator-word")).getText();
    }

    @Test
    void theManualPumpPressShowsNoRowForASignalItsMappingDoesNotBind(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).manualPumpPress(new ManualPumpPress.Settings(5, 690, 0.001, 0.25, 0.2124, false)).build();
        showShell();

        for (String row : SIDE_ROWS) {
            Node node = robot.lookup(row).query();
            assertFalse(node.isVisible(), row + " is hidden on a press that has no such signal");
            assertFalse(node.isManaged(), row + " takes no room either");
        }
        assertFalse(robot.lookup("#position").query().isVisible(), "a manual pump press has no ram position sensor");
        assertTrue(shown(robot.lookup("#force").query()), "the transducer's force is shown");
    }

    @Test
    void aGaugeOnlyManualPressShowsNoForceOrPressureReadout(FxRobot robot) throws Exception {
        PressMapping gauge = MappingLoader.load(Path.of("plc-mapping/manual-pump-gauge.yaml"));
        station = TestStation.builder(dir).manualPumpPress(new ManualPumpPress.Settings(5, 690, 0.001, 0.25, 0.2124, false))
                .mapping(simulated -> gauge.withEndpoint(simulated.endpoint())).build();
        showShell();

        assertFalse(shown(robot.lookup("#force").query()), "no transducer: no force, never a STALE one");
        assertFalse(shown(robot.lookup("#pressure").query()));
        for (String row : SIDE_ROWS) {
            assertFalse(robot.lookup(row).query().isVisible(), row);
        }
    }

    @Test
    void theAutomaticSimulatorShowsEveryRowWithLiveWords(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).simulatedPress().build();
        showShell();

        for (String row : SIDE_ROWS) {
            assertTrue(robot.lookup(row).query().isVisible(), row + " is shown on a press that binds it");
        }
        assertTrue(robot.lookup("#position").query().isVisible());
        assertTrue(shown(robot.lookup("#pressure").query()));
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "CLOSED".equals(word(robotLess("#door"))));
        assertEquals("OK", word(robotLess("#estop")));
    }
}
