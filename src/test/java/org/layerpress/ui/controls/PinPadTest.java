package org.layerpress.ui.controls;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;
import org.layerpress.ui.shell.HmiApplication;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The PIN pad with the shipped theme, under Monocle. */
@ExtendWith(ApplicationExtension.class)
class PinPadTest {

    /** 20 mm on the 10.1" 1280×800 design panel (about 5.9 px/mm). */
    private static final double GLOVE_TARGET_PX = 118;

    /** Made on the FX thread in {@link #start}: a control needs the toolkit, which may not run yet when the test class is made. */
    private PinPad pad;
    private final AtomicInteger oks = new AtomicInteger();

    @Start
    void start(Stage stage) {
        pad = new PinPad();
        pad.setOnOk(e -> oks.incrementAndGet());
        Scene scene = new Scene(new StackPane(pad), HmiApplication.PANEL_WIDTH, HmiApplication.PANEL_HEIGHT);
        Theme.apply(scene, LayoutLocator.classpathOnly());
        stage.setScene(scene);
        stage.show();
    }

    private void tap(FxRobot robot, String key) {
        robot.clickOn(robot.lookup("#" + key).<Node>query());
    }

    private long filledDots(FxRobot robot) {
        return robot.lookup("#pinDots .lp-pin-dot-filled").queryAll().size();
    }

    @Test
    void everyKeyIsAGloveSizedTarget(FxRobot robot) {
        var keys = robot.lookup(".lp-key").queryAllAs(Button.class);
        assertEquals(13, keys.size());
        for (Button key : keys) {
            assertTrue(key.getWidth() >= GLOVE_TARGET_PX && key.getHeight() >= GLOVE_TARGET_PX,
                    () -> key.getId() + " is " + key.getWidth() + " x " + key.getHeight() + " px");
            assertFalse(key.isFocusTraversable(), "a scanner's Enter must never press a key");
        }
    }

    @Test
    void digitsShowAsDotsNeverAsDigits(FxRobot robot) {
        tap(robot, "key4");
        tap(robot, "key2");
        tap(robot, "key7");

        assertEquals(3, filledDots(robot));
        assertEquals(3, robot.lookup("#pinDots .lp-pin-dot-empty").queryAll().size(), "six rings: how many a PIN needs at least");
        assertTrue(robot.lookup("#pinDots .text").queryAll().isEmpty(), "no text at all where the PIN shows");
        assertEquals(3, pad.getEntry().getLength());
    }

    @Test
    void okIsEnabledFromSixDigitsAndBackspaceAndClearWork(FxRobot robot) throws Exception {
        for (String k : new String[] {"key1", "key2", "key3", "key4", "key5"}) {
            tap(robot, k);
        }
        assertTrue(robot.lookup("#keyOk").query().isDisabled());
        tap(robot, "key6");
        assertFalse(robot.lookup("#keyOk").query().isDisabled());

        tap(robot, "keyBack");
        assertEquals(5, filledDots(robot));
        assertTrue(robot.lookup("#keyOk").query().isDisabled());
        tap(robot, "keyClear");
        assertEquals(0, filledDots(robot));

        for (String k : new String[] {"key9", "key8", "key7", "key6", "key5", "key4"}) {
            tap(robot, k);
        }
        tap(robot, "keyOk");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> oks.get() == 1);
    }

    @Test
    void aFingerThatSlidesOffAKeyTypesNothing(FxRobot robot) {
        robot.drag(robot.lookup("#key1").<Node>query()).dropTo(robot.lookup("#key5").<Node>query());

        assertEquals(0, pad.getEntry().getLength());
    }

    @Test
    void enterOnTheKeyboardDoesNotPressOk(FxRobot robot) {
        for (String k : new String[] {"key1", "key1", "key1", "key1", "key1", "key1"}) {
            tap(robot, k);
        }
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.SPACE);

        assertEquals(0, oks.get());
        assertEquals(6, pad.getEntry().getLength());
        assertTrue(robot.lookup(".lp-key").queryAllAs(Labeled.class).stream().noneMatch(Node::isFocused));
    }
}
