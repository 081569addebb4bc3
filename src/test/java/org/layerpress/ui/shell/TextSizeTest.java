package org.layerpress.ui.shell;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.Readability;
import org.layerpress.ui.StationContext;
import org.layerpress.ui.access.LoginViewTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No text below the root font size on the login list, the PIN pad with digits typed, and the main
 * frame, at the panel's 1280×800; and nothing cut, off the screen, overlapping, under 20 mm or
 * scaled down there ({@link ScreenChecks}).
 */
@ExtendWith(ApplicationExtension.class)
class TextSizeTest {

    @TempDir
    Path dir;
    private TestStation station;
    private Stage stage;
    private final ScreenChecks checks = new ScreenChecks();
    private final List<String> findings = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        station = TestStation.builder(dir).demoUsers().fakePress().build();
        Scene scene = HmiApplication.createScene(StationContext.of(station), () -> { });
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(null)).get(10, SECONDS);
        station.close();
    }

    private static List<String> smallLabels() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> Readability.smallLabels(new FxRobot())).get(10, SECONDS);
    }

    private static void tap(FxRobot robot, String query) throws TimeoutException {
        LoginViewTest.waitFor(robot, query);
        robot.clickOn(robot.lookup(query).<Node>query());
    }

    @Test
    void loginPinPadAndMainFrame(FxRobot robot) throws Exception {
        LoginViewTest.waitFor(robot, "#user-sue");
        assertEquals(List.of(), smallLabels(), "the login list");
        findings.addAll(checks.check(stage.getScene(), "login"));

        tap(robot, "#user-olga");
        for (String k : new String[] {"#pinPad #key1", "#pinPad #key2", "#pinPad #key3", "#pinPad #key4"}) {
            tap(robot, k);
        }
        assertEquals(List.of(), smallLabels(), "the PIN pad, four digits typed");
        findings.addAll(checks.check(stage.getScene(), "login-pin"));
        tap(robot, "#back");

        station.fakePort().pushLink(LinkState.CONNECTED, "");
        station.fakePort().push(StandardSignal.DOOR_CLOSED, 1);
        station.fakePort().push(StandardSignal.ESTOP_OK, 1);
        station.fakePort().push(StandardSignal.READY, 1);
        station.fakePort().push(StandardSignal.FORCE, 28.27);
        tap(robot, "#user-ada");
        for (int i = 0; i < 6; i++) {
            tap(robot, "#pinPad #key9");
        }
        tap(robot, "#pinPad #keyOk");
        LoginViewTest.waitFor(robot, "#userName");
        tap(robot, "#pressButton"); // an Admin lands on Users
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "28.27".equals(robot.lookup("#force .lp-readout-value").queryAs(Labeled.class).getText()));
        assertEquals(List.of(), smallLabels(), "the main frame");
        findings.addAll(checks.check(stage.getScene(), "main-frame"));
        assertEquals(List.of(), findings);
    }
}
