package org.layerpress.ui.controls;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Hold-to-confirm under Monocle with real presses; time runs for real, tests wait for conditions. */
@ExtendWith(ApplicationExtension.class)
class HoldButtonTest {

    private final AtomicInteger fired = new AtomicInteger();
    private HoldButton button;

    @Start
    void start(Stage stage) {
        button = new HoldButton("Hold to disable");
        button.setId("hold");
        button.setHoldSeconds(0.6);
        button.setOnConfirmed(e -> fired.incrementAndGet());
        Scene scene = new Scene(new StackPane(button), 600, 300);
        Theme.apply(scene, LayoutLocator.classpathOnly());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void releasingEarlyCancelsAndALaterFullHoldFiresOnce(FxRobot robot) throws TimeoutException {
        robot.moveTo("#hold").press(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> button.getProgress() > 0.1);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, button.getProgress(), "the fill empties at once");
        assertEquals(0, fired.get());

        robot.press(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fired.get() > 0);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, fired.get(), "the early press never fired, late or otherwise");
    }

    @Test
    void aShortTapSaysHowLongToHoldOnTheButtonsFaceAndAFullHoldClearsIt(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            button.setHoldSeconds(1.5);
            button.setAction("disable");
        });
        robot.clickOn("#hold");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0, fired.get());
        assertEquals("Hold for 1.5 s to disable", button.getHint());
        assertEquals("Hold for 1.5 s to disable", face(robot), "the face says it, in the text's place");

        robot.moveTo("#hold").press(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fired.get() == 1);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", button.getHint(), "a hold that fired needs no hint");
        assertEquals("Hold to disable", face(robot));
    }

    @Test
    void theHintGoesAwayOnItsOwn(FxRobot robot) throws TimeoutException {
        robot.clickOn("#hold");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Hold for 0.6 s", button.getHint(), "without an action, the time alone");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> button.getHint().isEmpty());
        assertEquals("Hold to disable", face(robot));
    }

    private static String face(FxRobot robot) {
        return robot.lookup("#hold .lp-hold-text").queryAs(javafx.scene.control.Label.class).getText();
    }

    @Test
    void holdingFiresOnceHoweverLongItLasts(FxRobot robot) throws TimeoutException {
        button.setHoldSeconds(1.5);
        robot.moveTo("#hold").press(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> fired.get() == 1);
        assertEquals(1.0, button.getProgress(), 1e-9, "full while still held");
        WaitForAsyncUtils.waitForFxEvents();
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, fired.get());
        assertEquals(0, button.getProgress(), "ready for the next press");
    }

    @Test
    void slidingOffTheButtonCancels(FxRobot robot) throws TimeoutException {
        robot.moveTo("#hold").press(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> button.getProgress() > 0.1);
        robot.moveBy(0, 200);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> button.getProgress() == 0);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0, fired.get());
    }

    @Test
    void aDisabledButtonDoesNotFill(FxRobot robot) {
        robot.interact(() -> button.setDisable(true));
        robot.moveTo("#hold").press(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.release(MouseButton.PRIMARY);

        assertEquals(0, button.getProgress());
        assertEquals(0, fired.get());
    }
}
