package org.layerpress.ui.access;

import org.layerpress.testing.ScreenChecks;
import javafx.scene.control.TextField;
import java.util.List;
import java.util.ArrayList;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.StationContext;
import org.layerpress.ui.shell.HmiApplication;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** First start on an empty database: the setup screen creates the first Admin, then the login screen lists them. */
@ExtendWith(ApplicationExtension.class)
class SetupViewTest {

    @TempDir
    Path dir;
    private TestStation station;
    private Stage stage;
    private Scene scene;
    private final AtomicInteger exits = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        station = TestStation.builder(dir).fakePress().build();
        scene = HmiApplication.createScene(StationContext.of(station), exits::incrementAndGet);
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
    void anEmptyStationCreatesItsFirstAdminThenLogsIn(FxRobot robot) throws Exception {
        LoginViewTest.waitFor(robot, ".lp-setup");
        robot.clickOn(robot.lookup("#login").<Node>query()).write("ada");
        robot.clickOn(robot.lookup("#fullName").<Node>query()).write("Ada Lovelace");
        for (int i = 0; i < 6; i++) {
            tap(robot, "#pinPad #key7");
        }
        tap(robot, "#pinPad #keyOk");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> robot.lookup("#prompt").queryAs(Labeled.class).getText().startsWith("Enter the same PIN"));
        for (int i = 0; i < 3; i++) {
            tap(robot, "#pinPad #key7");
        }
        for (int i = 0; i < 3; i++) {
            tap(robot, "#pinPad #key7");
        }
        tap(robot, "#pinPad #keyOk");

        tap(robot, "#user-ada");
        assertFalse(robot.lookup("#demoBanner").query().isVisible(), "no demo users, no DEMO banner");
        for (int i = 0; i < 6; i++) {
            tap(robot, "#pinPad #key7");
        }
        tap(robot, "#pinPad #keyOk");
        WaitForAsyncUtils.waitFor(15, SECONDS, () -> robot.lookup("#userName").tryQuery().isPresent());
        assertTrue(robot.lookup("#usersButton").query().isVisible(), "the first Admin manages users");
    }

    /** A kiosk has no keyboard: the login and the full name are typed on the screen's letter pad, by taps alone. */
    @Test
    void theFirstAdminIsCreatedByTapsAloneOnAKioskWithoutAKeyboard(FxRobot robot) throws Exception {
        LoginViewTest.waitFor(robot, ".lp-setup");
        List<String> problems = new ArrayList<>(new ScreenChecks().check(scene, "setup"));
        tap(robot, "#loginKeys");
        for (String key : List.of("#txtA", "#txtD", "#txtA")) {
            tap(robot, "#textPad " + key);
        }
        problems.addAll(new ScreenChecks().check(scene, "setup-login-pad"));
        tap(robot, "#txtOk");
        assertEquals("ada", robot.lookup("#login").queryAs(TextField.class).getText(), "a login is typed in lower case");

        tap(robot, "#fullNameKeys");
        assertTrue(robot.lookup("#textPad #txtDash").tryQuery().isEmpty(), "a name pad has a space where the dash was");
        for (String key : List.of("#txtA", "#txtD", "#txtA", "#txtSpace", "#txtA", "#txtD", "#txtM", "#txtI", "#txtN")) {
            tap(robot, "#textPad " + key);
        }
        problems.addAll(new ScreenChecks().check(scene, "setup-name-pad"));
        tap(robot, "#txtOk");
        assertEquals("Ada Admin", robot.lookup("#fullName").queryAs(TextField.class).getText(), "each word of a name starts with a capital");

        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 6; i++) {
                tap(robot, "#pinPad #key7");
            }
            tap(robot, "#pinPad #keyOk");
            if (round == 0) {
                WaitForAsyncUtils.waitFor(10, SECONDS, () -> robot.lookup("#prompt").queryAs(Labeled.class).getText().startsWith("Enter the same PIN"));
            }
        }
        LoginViewTest.waitFor(robot, "#user-ada");
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void closingIsAllowedWhileNobodyExistsWhoCouldApproveIt(FxRobot robot) throws TimeoutException {
        LoginViewTest.waitFor(robot, ".lp-setup");

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> exits.get() == 1);
    }
}
