package org.layerpress.ui.admin;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.layerpress.application.users.CentralUserImport;
import org.layerpress.application.users.PublishedUser;
import org.layerpress.application.users.Session;
import org.layerpress.store.JdbcCentralUserLedger;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.ui.fx.Words;
import org.layerpress.domain.user.User;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.UseCaseRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The users screen (Users.fxml + the theme) under Monocle, on the real use cases and a real H2 file; taps only. */
@ExtendWith(ApplicationExtension.class)
class UsersViewTest {

    @TempDir
    Path dir;
    private TestStation station;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        station.close();
    }

    private UsersViewModel show(FxRobot robot, Session session) throws TimeoutException {
        UsersViewModel vm = new UsersViewModel(station.services(), session, UseCaseRunner.fx(), Clock.systemUTC());
        robot.interact(() -> {
            stage.setScene(Screens.scene(UsersView.load(LayoutLocator.classpathOnly(), vm).root()));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !vm.getList().users().isEmpty() || vm.isRefused());
        WaitForAsyncUtils.waitForFxEvents();
        return vm;
    }

    private User stored(String login) {
        return station.services().userAdministration().list(station.ada()).stream()
                .filter(u -> u.login().equals(login)).findFirst().orElseThrow();
    }

    @Test
    void adminDisablesAUserWithHoldToConfirm(FxRobot robot) throws TimeoutException {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        UsersViewModel vm = show(robot, station.ada());

        robot.clickOn("Olga Operator");
        robot.clickOn("#disableTab");
        robot.clickOn("#disableReason");
        robot.clickOn("Left the team");
        robot.clickOn("#pickerOk");
        robot.moveTo("#disableHold").press(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> vm.getMessage().text().startsWith("olga is disabled"));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> robot.lookup(".lp-tag").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("DISABLED")));

        assertFalse(stored("olga").active());
        assertEquals("olga is disabled. Their records and signatures stay.", robot.lookup("#message").queryAs(Label.class).getText());
    }

    @Test
    void adminResetsAPinWithThePadAndTheUserMustChangeIt(FxRobot robot) throws TimeoutException {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        UsersViewModel vm = show(robot, station.ada());

        robot.clickOn("Olga Operator");
        robot.clickOn("#resetPinTab");
        robot.clickOn("#typeResetPin");
        for (String key : new String[] {"#pin5", "#pin5", "#pin5", "#pin7", "#pin7", "#pin7", "#pin8", "#pinBack"}) {
            robot.clickOn(key);
        }
        assertEquals("555777", robot.lookup("#tempPinDigits").queryAs(Label.class).getText());
        robot.clickOn("#pinOk");
        robot.clickOn("#resetPinReason");
        robot.clickOn("Forgotten PIN");
        robot.clickOn("#pickerOk");
        robot.clickOn("#resetPin");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> vm.getMessage().text().startsWith("PIN of olga reset"));

        assertTrue(stored("olga").pinMustChange());
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> robot.lookup(".lp-tag").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("MUST CHANGE PIN")));
    }

    /** On a kiosk without a keyboard the Admin fills the new user's login and name on the screen's letter pad. */
    @Test
    void aNewUsersLoginAndNameAreTypedOnTheScreensLetterPad(FxRobot robot) throws TimeoutException {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        show(robot, station.ada());
        robot.clickOn("#newUser");
        robot.clickOn("#typeOnScreen");
        for (String key : new String[] {"#txtN", "#txtE", "#txtL", "#txtL"}) {
            robot.clickOn("#textPad " + key);
        }
        robot.clickOn("#txtOk");
        assertEquals("nell", robot.lookup("#newLogin").queryAs(TextField.class).getText(), "no field tapped yet: the login, in lower case");

        robot.clickOn("#newFullName");
        robot.clickOn("#typeOnScreen");
        for (String key : new String[] {"#txtN", "#txtE", "#txtL", "#txtL", "#txtSpace", "#txtN", "#txtE", "#txtW"}) {
            robot.clickOn("#textPad " + key);
        }
        robot.clickOn("#txtOk");
        assertEquals("Nell New", robot.lookup("#newFullName").queryAs(TextField.class).getText(), "the field tapped last, as a name");
        assertEquals("nell", robot.lookup("#newLogin").queryAs(TextField.class).getText(), "the login is left as it was");
    }

    @Test
    void savingRolesWithoutAReasonIsRefusedInWords(FxRobot robot) throws TimeoutException {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        UsersViewModel vm = show(robot, station.ada());

        robot.clickOn("Olga Operator");
        robot.clickOn("#roleQa");
        robot.clickOn("#saveRoles");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !vm.getMessage().text().isEmpty());

        Label message = robot.lookup("#message").queryAs(Label.class);
        assertEquals("Not done: give a reason for this change.", message.getText());
        assertTrue(message.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("warning")));
        assertEquals(java.util.Set.of(org.layerpress.domain.user.Role.OPERATOR), stored("olga").roles());
    }

    @Test
    void anOperatorSeesARefusalAndNoUsers(FxRobot robot) throws TimeoutException {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        UsersViewModel vm = show(robot, station.loginAs("olga", "111111"));

        WaitForAsyncUtils.waitFor(10, SECONDS, vm::isRefused);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#message").queryAs(Label.class).getText().startsWith("Not allowed: listing users"));
        assertTrue(robot.lookup("#newUser").query().isDisabled());
        assertTrue(robot.lookup(".lp-user-name").queryAll().isEmpty());
    }

    @Test
    void noTextIsSmallerThanTheRootFont(FxRobot robot) throws TimeoutException {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        show(robot, station.ada());
        robot.clickOn("Olga Operator");
        // List cells build their labels during layout; the theme reaches them at the next CSS pass, as on screen.
        robot.interact(() -> stage.getScene().getRoot().applyCss());

        for (Label label : robot.lookup(".label").queryAllAs(Label.class)) {
            assertTrue(label.getFont().getSize() >= 24 - 0.01, () -> "too small for arm's length: '" + label.getText() + "' " + label.getFont());
        }
    }

    @Test
    void theUsersManagedCentrallyAreNamedInAShortLineInTheAdminsLanguage(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        CentralUserImport importer = new CentralUserImport(station.stores().users(), station.stores().settings(),
                new JdbcCentralUserLedger(station.transactions()), station.services().auditor(), station.transactions(), Clock.systemUTC(), "test");
        importer.receive("", List.of(new PublishedUser(1, "nina", "Nina Neu", Optional.empty(), "OPERATOR", true, "ada", "home", Optional.empty()),
                new PublishedUser(2, "pia", "Pia Pin", Optional.empty(), "QA", true, "ada", "home", Optional.empty())));
        List<String> findings = new ArrayList<>();
        try {
            for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.CHINESE)) {
                Words.use(language);
                UsersViewModel vm = show(robot, station.ada());
                WaitForAsyncUtils.waitFor(10, SECONDS, vm::isCentrallyManaged);
                WaitForAsyncUtils.waitForFxEvents();
                Label line = robot.lookup("#centralLine").queryAs(Label.class);
                assertTrue(line.isVisible());
                assertEquals(Words.format("users.central", "nina, pia"), line.getText());
                findings.addAll(new ScreenChecks().check(stage.getScene(), "users-central-" + language.getLanguage()));
            }
        } finally {
            Words.use(Words.STATION_DEFAULT);
        }
        assertTrue(Words.format("users.central", "nina").startsWith("Managed centrally"));
        ScreenChecks.assertOnly(findings, List.of());
    }

    @Test
    void noLineWhenNoUserIsManagedCentrally(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        UsersViewModel vm = show(robot, station.ada());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.isCentrallyManaged());
        assertFalse(robot.lookup("#centralLine").queryAs(Label.class).isVisible());
    }
}
