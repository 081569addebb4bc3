package org.layerpress.ui.shell;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.domain.units.Length;
import org.layerpress.testing.FakePressPort;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.LayoutLocator;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real shell (Shell.fxml + the theme from the classpath) under Monocle, fed by an in-memory press. */
@ExtendWith(ApplicationExtension.class)
class ShellViewTest {

    private static final Die D10 = new Die("D10", Length.millimetres(10), Force.of(9, ForceUnit.TONNE_FORCE));

    @TempDir
    static Path dataDir;
    private static TestStation station;
    private final FakePressPort port = new FakePressPort();
    private Scene scene;

    @BeforeAll
    static void openStation() {
        station = TestStation.builder(dataDir).build();
    }

    @AfterAll
    static void closeStation() {
        station.close();
    }

    @Start
    void start(Stage stage) {
        LivePressState live = new LivePressState(port, D10);
        scene = HmiApplication.createShellScene(new HmiContext(live, "Test press 30 t", Optional.empty(), true, port::close, station.services()));
        stage.setScene(scene);
        stage.show();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void lostLinkShowsTheWordLostInTheStatusBar(FxRobot robot) throws TimeoutException {
        port.pushLink(LinkState.CONNECTED, "");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "CONNECTED".equals(text(robot, "#statusBar #link .lp-indicator-word")));

        port.pushLink(LinkState.LOST, "no answer from opc.tcp://press:4840 for 2 s");

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "LOST".equals(text(robot, "#statusBar #link .lp-indicator-word")));
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> text(robot, "#linkDetail").contains("no answer"));
        Node link = robot.lookup("#link").query();
        assertTrue(link.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("alarm")));
        assertTrue(robot.lookup("#link .lp-glyph").query().getStyleClass().contains("lp-glyph-warning"));
    }

    @Test
    void forceOf28Point27KiloNewtonsShows360MegaPascalsForTheTenMillimetreDie(FxRobot robot) throws TimeoutException {
        port.pushLink(LinkState.CONNECTED, "");
        port.push(StandardSignal.FORCE, 28.27);

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "360".equals(text(robot, "#pressure .lp-readout-value")));
        assertEquals("28.27", text(robot, "#force .lp-readout-value"));
        assertEquals("MPa", text(robot, "#pressure .lp-readout-unit"));
        assertEquals("Die D10: 10 mm, rated 88.3 kN", text(robot, "#die"));
    }

    @Test
    void valuesGoStaleWhenTheLinkDrops(FxRobot robot) throws TimeoutException {
        port.pushLink(LinkState.CONNECTED, "");
        port.push(StandardSignal.FORCE, 28.27);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "28.27".equals(text(robot, "#force .lp-readout-value")));

        port.pushLink(LinkState.RECONNECTING, "");

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "\u2014".equals(text(robot, "#force .lp-readout-value")));
        // Each readout and its tag refresh on their own tick: on a loaded machine they may follow a moment later.
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> robot.lookup("#force .lp-stale-tag").query().isVisible());
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "\u2014".equals(text(robot, "#pressure .lp-readout-value")));
    }

    @Test
    void siteThemeScalesThePanelWithOneNumber(@TempDir Path site) throws Exception {
        String shipped;
        try (InputStream in = URI.create(LayoutLocator.classpathOnly().stylesheet("theme")).toURL().openStream()) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(shipped.contains("-fx-font-size: 24px;"));
        Files.writeString(site.resolve("theme.css"), shipped.replace("-fx-font-size: 24px;", "-fx-font-size: 30px;"));
        LivePressState live = new LivePressState(new FakePressPort(), D10);

        double valueSize = WaitForAsyncUtils.asyncFx(() -> {
            Scene siteScene = HmiApplication.createShellScene(new HmiContext(live, "Site press", Optional.of(site), true, null, station.services()));
            siteScene.getRoot().applyCss();
            return ((Label) siteScene.lookup("#pressure .lp-readout-value")).getFont().getSize();
        }).get(10, SECONDS);

        assertEquals(4 * 30, valueSize, 0.01);
    }

    @Test
    void noTextIsSmallerThanTheRootFontAndLiveNumbersAreBig(FxRobot robot) {
        double root = 24;
        for (Label label : robot.lookup(".label").queryAllAs(Label.class)) {
            assertTrue(label.getFont().getSize() >= root - 0.01, () -> "too small to read with gloves at 0.5 m: '" + label.getText() + "' " + label.getFont());
        }
        Label value = robot.lookup("#pressure .lp-readout-value").queryAs(Label.class);
        assertTrue(value.getFont().getSize() >= 3 * root, "live numbers are big");
    }
}
