package org.layerpress.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.Session;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.access.ChangePinView;
import org.layerpress.ui.access.ChangePinViewModel;
import org.layerpress.ui.access.ExitKioskView;
import org.layerpress.ui.access.ExitKioskViewModel;
import org.layerpress.ui.access.LoginView;
import org.layerpress.ui.access.LoginViewModel;
import org.layerpress.ui.access.SetupView;
import org.layerpress.ui.access.SetupViewModel;
import org.layerpress.ui.admin.TempPinPad;
import org.layerpress.ui.controls.KeyGrid;
import org.layerpress.ui.controls.NumberPad;
import org.layerpress.ui.controls.PinEntry;
import org.layerpress.ui.controls.PinPad;
import org.layerpress.ui.controls.TextPad;
import org.layerpress.ui.fx.DesignPanel;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.recipe.SignatureDialogView;
import org.layerpress.ui.recipe.SignatureDialogViewModel;
import org.layerpress.ui.recipe.SigningRequest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every key of every pad, as drawn on a 1280 × 800 scene with the shipped theme (the 10.1" panel,
 * about 5.9 px/mm), is at least 20 mm each way: the PIN pad of login, first setup, PIN change and
 * kiosk exit, the witness's and the e-signature's PIN pads, the number pad and the temporary-PIN
 * pad. And a message appearing beside a pad moves no key.
 */
@ExtendWith(ApplicationExtension.class)
class GloveSizedKeysTest {

    private static final LayoutLocator LAYOUTS = LayoutLocator.classpathOnly();

    @TempDir
    Path dir;
    private TestStation station;
    private Stage stage;
    private final List<String> measured = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).demoUsers().build();
    }

    @AfterEach
    void close() {
        station.close();
    }

    /** Puts {@code content} on a fresh panel-sized scene with the theme; returns the host for overlays. */
    private StackPane panel(FxRobot robot, Callable<Parent> content) {
        StackPane[] host = new StackPane[1];
        robot.interact(() -> {
            try {
                host[0] = new StackPane(content.call());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            Scene scene = new Scene(host[0], DesignPanel.WIDTH_PX, DesignPanel.HEIGHT_PX);
            Theme.apply(scene, LAYOUTS);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return host[0];
    }

    private void onFx(FxRobot robot, Runnable action) {
        robot.interact(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every key of every key grid on the scene, as drawn (after any scaling), in scene pixels = panel pixels. */
    private int assertGloveSized(FxRobot robot, String pad, int expectedKeys) {
        List<Button> keys = new ArrayList<>();
        robot.interact(() -> stage.getScene().getRoot().lookupAll(".lp-key-grid")
                .forEach(n -> keys.addAll(((KeyGrid) n).keys())));
        assertEquals(expectedKeys, keys.size(), pad + ": keys on the scene");
        for (Button key : keys) {
            Bounds b = key.localToScene(key.getLayoutBounds());
            measured.add(String.format(Locale.ROOT, "%s %s %.0f x %.0f px = %.1f x %.1f mm", pad, key.getId(), b.getWidth(), b.getHeight(),
                    b.getWidth() / DesignPanel.PX_PER_MM, b.getHeight() / DesignPanel.PX_PER_MM));
            assertTrue(b.getWidth() >= KeyGrid.MIN_KEY_PX && b.getHeight() >= KeyGrid.MIN_KEY_PX,
                    () -> pad + " key " + key.getId() + " is " + b.getWidth() + " x " + b.getHeight() + " px, under "
                            + KeyGrid.MIN_KEY_PX + " px (" + KeyGrid.MIN_KEY_MM + " mm)");
            assertFalse(key.isFocusTraversable(), pad + " key " + key.getId() + ": a scanner's Enter must never press it");
        }
        return keys.size();
    }

    private static Bounds where(Node key) {
        return key.localToScene(key.getLayoutBounds());
    }

    @Test
    void theMinimumIsTwentyMillimetresOnTheTenInchPanel() {
        assertEquals(5.88, DesignPanel.PX_PER_MM, 0.01, "1280 x 800 on 10.1 inches");
        assertEquals(117.6, KeyGrid.MIN_KEY_PX, 0.1);
    }

    @Test
    void theBarePinPadAndTheWitnessPinPad(FxRobot robot) {
        panel(robot, PinPad::new);
        assertGloveSized(robot, "PIN pad", 13);

        StackPane host = panel(robot, StackPane::new);
        onFx(robot, () -> PinPad.showOverlay(host, "Quinn Reviewer: your PIN, then OK", "witnessPinPad", "witnessCancel", new PinEntry(), () -> { }));
        assertGloveSized(robot, "witness PIN pad", 13);
        System.out.println(String.join("\n", measured));
    }

    @Test
    void theNumberPadAndTheTemporaryPinPad(FxRobot robot) {
        StackPane host = panel(robot, StackPane::new);
        onFx(robot, () -> NumberPad.showOverlay(host, "Weighed mass", "mg", v -> { }));
        assertGloveSized(robot, "number pad", 12);

        StackPane host2 = panel(robot, StackPane::new);
        onFx(robot, () -> TempPinPad.showOverlay(host2, "Temporary PIN (6 to 12 digits)", "", d -> { }));
        // 1–9, a wide 0 and back on the grid; Clear beside them (a word does not fit a digit key in German).
        assertGloveSized(robot, "temporary-PIN pad", 11);
        Bounds clear = where(robot.lookup("#pinClear").query());
        assertTrue(clear.getWidth() >= KeyGrid.MIN_KEY_PX && clear.getHeight() >= KeyGrid.MIN_KEY_PX, "#pinClear is " + clear);
        System.out.println(String.join("\n", measured));
    }

    @Test
    void theLotPadOnBothPagesAndItsSideKeys(FxRobot robot) {
        StackPane host = panel(robot, StackPane::new);
        onFx(robot, () -> TextPad.showOverlay(host, "Powder lot: type it, or scan the label", "LPSCL-LOT-2024-017", code -> { }));
        assertGloveSized(robot, "lot pad (letters and digits)", 28 + 14);
        for (String side : new String[] {"#txtPage", "#txtClear", "#txtCancel", "#txtOk"}) {
            Bounds b = where(robot.lookup(side).query());
            assertTrue(b.getWidth() >= KeyGrid.MIN_KEY_PX && b.getHeight() >= KeyGrid.MIN_KEY_PX, side + " is " + b);
        }
        Bounds panelBounds = where(robot.lookup(".lp-picker-panel").query());
        assertTrue(panelBounds.getMaxX() <= DesignPanel.WIDTH_PX && panelBounds.getHeight() <= 700,
                "the lot pad fits the 1280 x 700 content area unscaled: " + panelBounds);
        onFx(robot, () -> robot.lookup("#txtPage").queryButton().fire());
        TextPad pad = robot.lookup("#textPad").queryAs(TextPad.class);
        assertFalse(pad.letterGrid().isVisible());
        assertTrue(pad.digitGrid().isVisible(), "123 shows the digits in the letters' place");
        System.out.println(String.join("\n", measured));
    }

    @Test
    void thePinPadsOfLoginSetupAndPinChange(FxRobot robot) {
        LoginViewModel login = new LoginViewModel(station.services().login(), UseCaseRunner.inline(), s -> { }, () -> { }, ZoneOffset.UTC);
        panel(robot, () -> LoginView.load(LAYOUTS, login).root());
        onFx(robot, () -> {
            login.refresh();
            login.pick(login.getUsers().all().get(0));
        });
        assertGloveSized(robot, "login PIN pad", 13);

        panel(robot, () -> SetupView.load(LAYOUTS, new SetupViewModel(station.services().firstAdminSetup(), UseCaseRunner.inline(), u -> { })).root());
        assertGloveSized(robot, "setup PIN pad", 13);

        Session olga = station.loginAs("olga", "111111");
        panel(robot, () -> ChangePinView.load(LAYOUTS,
                new ChangePinViewModel(olga, station.services().changePin(), UseCaseRunner.inline(), () -> { }, () -> { })).root());
        assertGloveSized(robot, "PIN change pad", 13);
        System.out.println(String.join("\n", measured));
    }

    @Test
    void theKioskExitPadDoesNotMoveWhenItsNoticeChanges(FxRobot robot) {
        ExitKioskViewModel exit = new ExitKioskViewModel(station.services().login(), station.services().exitKiosk(), UseCaseRunner.inline(),
                () -> { }, () -> { });
        panel(robot, () -> ExitKioskView.load(LAYOUTS, exit).root());
        onFx(robot, exit::open);
        assertGloveSized(robot, "kiosk exit PIN pad", 13);
        Node key5 = robot.lookup("#exitPinPad #key5").query();
        Bounds before = where(key5);

        onFx(robot, () -> {
            exit.pick(exit.getPeople().all().get(0));
            "000000".chars().forEach(c -> exit.getPin().type((char) c));
            exit.submit();
        });

        assertEquals(org.layerpress.ui.controls.Severity.WARNING, exit.getNotice().severity(), exit.getNotice().text());
        assertEquals(before, where(key5), "a refusal in place of the guidance moves no key: the notice has its room already");
    }

    @Test
    void theSignaturePadDoesNotMoveWhenItsMessageAppears(FxRobot robot) {
        Session sue = station.loginAs("sue", "444444");
        SignatureDialogViewModel vm = new SignatureDialogViewModel(new SigningRequest("Approve LPSCl + LGPS bilayer, 10 mm v1",
                "You sign as Approved: this version may be run, and it locks for good.", List.of("Changes reviewed", "Other"), false,
                "Sign and approve"), sue, (input, signed, refused) -> refused.accept("Not allowed: Not signed."));
        StackPane host = panel(robot, StackPane::new);
        onFx(robot, () -> SignatureDialogView.show(LAYOUTS, host, vm));
        assertGloveSized(robot, "e-signature PIN pad", 13);
        Node key5 = robot.lookup("#signPinPad #key5").query();
        Bounds before = where(key5);

        onFx(robot, vm::sign);

        assertEquals("Tap your name first.", vm.getMessage().text());
        assertEquals(before, where(key5), "the message line has its room already");
    }
}
