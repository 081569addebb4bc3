package org.layerpress.ui.shell;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.nio.file.Path;
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
import org.layerpress.testing.TestStation;
import org.layerpress.ui.Screenshots;
import org.layerpress.ui.StationContext;
import org.layerpress.ui.access.LoginViewTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the login screen, the PIN pad, a wrong PIN, the main frame and the kiosk exit at the
 * panel's 1280×800 (docs/ keeps reviewed copies: login, login-pin, main). Text sizes are checked by
 * the suite's {@code TextSizeTest}.
 */
@ExtendWith(ApplicationExtension.class)
class HmiPictures {

    @TempDir
    Path dir;
    private TestStation station;
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        station = TestStation.builder(dir).demoUsers().fakePress().build();
        scene = HmiApplication.createScene(StationContext.of(station), () -> { });
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(null)).get(10, SECONDS);
        station.close();
    }

    private static void tap(FxRobot robot, String query) throws TimeoutException {
        LoginViewTest.waitFor(robot, query);
        robot.clickOn(robot.lookup(query).<Node>query());
    }

    @Test
    void loginPinPadAndMainFrame(FxRobot robot) throws Exception {
        LoginViewTest.waitFor(robot, "#user-sue");
        Screenshots.shoot(scene, "login");

        tap(robot, "#user-olga");
        for (String k : new String[] {"#pinPad #key1", "#pinPad #key2", "#pinPad #key3", "#pinPad #key4"}) {
            tap(robot, k);
        }
        robot.moveTo(robot.lookup("#who").<Node>query());
        Screenshots.shoot(scene, "login-pin");
        tap(robot, "#pinPad #keyClear");
        for (int i = 0; i < 6; i++) {
            tap(robot, "#pinPad #key2");
        }
        tap(robot, "#pinPad #keyOk");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> robot.lookup("#pinNotice").queryAs(Labeled.class).getText().contains("tries left"));
        robot.moveTo(robot.lookup("#who").<Node>query());
        Screenshots.shoot(scene, "login-wrong-pin");
        tap(robot, "#back");

        station.fakePort().pushLink(LinkState.CONNECTED, "");
        station.fakePort().push(StandardSignal.DOOR_CLOSED, 1);
        station.fakePort().push(StandardSignal.ESTOP_OK, 1);
        station.fakePort().push(StandardSignal.READY, 1);
        station.fakePort().push(StandardSignal.FORCE, 28.27);
        station.fakePort().push(StandardSignal.RAM_POSITION, 12.4);
        station.fakePort().push(StandardSignal.RUNNING, 0);
        station.fakePort().push(StandardSignal.STEP_DONE, 0);
        station.fakePort().push(StandardSignal.FAULT_CODE, 0);
        tap(robot, "#user-ada");
        for (int i = 0; i < 6; i++) {
            tap(robot, "#pinPad #key9");
        }
        tap(robot, "#pinPad #keyOk");
        LoginViewTest.waitFor(robot, "#userName");
        tap(robot, "#pressButton"); // an Admin lands on Users
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "28.27".equals(robot.lookup("#force .lp-readout-value").queryAs(Labeled.class).getText()));
        robot.moveTo(robot.lookup("#userRoles").<Node>query());
        Screenshots.shoot(scene, "main");

        tap(robot, "#exitButton");
        tap(robot, "#exit-sam");
        tap(robot, "#exitPinPad #key3");
        Screenshots.shoot(scene, "exit");
    }
}
