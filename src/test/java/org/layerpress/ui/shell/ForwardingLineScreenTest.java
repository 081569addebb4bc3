package org.layerpress.ui.shell;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.central.Backlog;
import org.layerpress.application.users.Session;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;
import org.layerpress.ui.fx.UseCaseRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The central forwarding line under the real top bar (Main.fxml and the theme) at the panel's size, as the forwarder's backlog changes. */
@ExtendWith(ApplicationExtension.class)
class ForwardingLineScreenTest {

    @TempDir
    Path dir;
    private TestStation station;
    private Stage stage;
    private final AtomicReference<Backlog> backlog = new AtomicReference<>(
            new Backlog(true, 1240, Optional.of(Duration.ofMinutes(12)), Optional.empty()));

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(null)).get(10, SECONDS);
        station.close();
    }

    private Label show(FxRobot robot, HmiContext ctx, Session session) {
        LayoutLocator layouts = LayoutLocator.classpathOnly();
        robot.interact(() -> {
            MainViewModel vm = new MainViewModel(session, station.services().sessions(), UseCaseRunner.fx(), () -> { }, () -> { });
            Scene scene = new Scene(MainView.load(layouts, ctx, vm).root(), HmiApplication.PANEL_WIDTH, HmiApplication.PANEL_HEIGHT);
            Theme.apply(scene, layouts);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#forwardingLine").queryAs(Label.class);
    }

    @Test
    void theBacklogIsSaidInWordsUnderTheTopBarAndTurnsAmberOnlyWhileCentralIsUnreachable(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).demoUsers().fakePress().build();
        HmiContext ctx = new HmiContext(station.live(), "Test press", Optional.empty(), true, () -> { }, station.services())
                .withForwarding(backlog::get);
        // QA lands on Records (a placeholder here): the frame's top area is what is checked, not the bare press shell.
        Label line = show(robot, ctx, station.quinn());
        List<String> findings = new ArrayList<>();
        ScreenChecks checks = new ScreenChecks();

        assertTrue(line.isVisible());
        assertEquals("Central records: records waiting to send: 1 240, oldest 12 min", line.getText());
        assertFalse(line.getPseudoClassStates().contains(PseudoClass.getPseudoClass("abnormal")));
        findings.addAll(checks.check(stage.getScene(), "forwarding-backlog"));

        backlog.set(new Backlog(true, 1250, Optional.of(Duration.ofMinutes(13)), Optional.of("Connection refused")));
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> line.getText().startsWith("\u26A0 Central records: central store unreachable"));
        assertTrue(line.getPseudoClassStates().contains(PseudoClass.getPseudoClass("abnormal")));
        findings.addAll(checks.check(stage.getScene(), "forwarding-unreachable"));
        assertEquals(List.of(), findings);
    }

    @Test
    void aStationThatDoesNotForwardShowsNoLine(FxRobot robot) {
        station = TestStation.builder(dir).demoUsers().fakePress().build();
        HmiContext ctx = new HmiContext(station.live(), "Test press", Optional.empty(), true, () -> { }, station.services());
        Label line = show(robot, ctx, station.olga());
        assertFalse(line.isVisible());
        assertFalse(line.isManaged());
    }
}
