package org.layerpress.ui.admin;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.application.users.PublishedUser;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserCommands;
import org.layerpress.application.users.UserPublishUseCase;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.Role;
import org.layerpress.store.central.CentralLink;
import org.layerpress.store.central.CentralUsers;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.MessageLine;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.recipe.SignatureDialogView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Publish users to all stations" on the user home's Users screen, by taps and the Admin's PIN, into a real central
 * PostgreSQL (the demo people never go); refused for a Supervisor by the use case itself, and refused in words with
 * nothing written while the central database cannot be reached.
 */
@ExtendWith(ApplicationExtension.class)
class UsersPublishViewTest {

    static CentralPostgres pg;

    @TempDir
    Path dir;
    private TestStation home;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeAll
    static void startPostgres() {
        pg = new CentralPostgres();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        pg.close();
    }

    @AfterEach
    void close() {
        home.close();
    }

    private UserPublishUseCase homeWithNina(CentralLink link) {
        home = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().offlinePress().build();
        home.services().userAdministration().create(home.ada(), new UserCommands.CreateUser("nina", "Nina Neu", Optional.of("B-2001"),
                EnumSet.of(Role.OPERATOR), Pin.of("246810")));
        return new UserPublishUseCase(home.stores().users(), home.stores().settings(), home.services().authorizer(), home.services().auditor(),
                home.services().signatures(), home.transactions(), new CentralUsers(link), "home");
    }

    private void showAsAda(FxRobot robot, UserPublishUseCase publish) throws Exception {
        Session ada = home.loginAs("ada", "999999");
        UsersViewModel vm = new UsersViewModel(home.services(), ada, UseCaseRunner.fx(), Clock.systemUTC(), Optional.of(publish));
        robot.interact(() -> {
            stage.setScene(Screens.scene(UsersView.load(LayoutLocator.classpathOnly(), vm).root()));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !vm.getList().users().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void signPublication(FxRobot robot) {
        robot.clickOn("#publishUsers");
        robot.clickOn("#ownName");
        robot.clickOn("#signReason");
        robot.clickOn("People changed on the user home");
        robot.clickOn("#pickerOk");
        for (char c : "999999".toCharArray()) {
            robot.clickOn("#key" + c);
        }
        robot.clickOn("#signButton");
    }

    private static String message(FxRobot robot, String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(MessageLine.class).getMessage().text()).get(10, SECONDS);
    }

    private static boolean dialogOpen(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("." + SignatureDialogView.OVERLAY).tryQuery().isPresent()).get(10, SECONDS);
    }

    @Test
    void theHomesAdminPublishesItsPeopleWithTheirPinButNeverTheDemoPeople(FxRobot robot) throws Exception {
        String url = pg.freshCentral();
        showAsAda(robot, homeWithNina(pg.link(url)));
        List<String> findings = new ScreenChecks().check(stage.getScene(), "users-publish-offered");

        signPublication(robot);

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> message(robot, "#message").equals("Published to all stations: 1 users."));
        assertFalse(dialogOpen(robot));
        List<PublishedUser> central = new CentralUsers(pg.link(url)).newest();
        assertEquals(List.of("nina"), central.stream().map(PublishedUser::login).toList(), "the demo people stay on the home");
        assertEquals("ada", central.get(0).publishedBy());
        assertEquals("home", central.get(0).fromStation());
        assertEquals(1, home.auditCount("USERS_READ_FOR_CENTRAL", "ada"));
        assertEquals(List.of("1"), home.column("SELECT COUNT(*) FROM signature WHERE entity_type = '" + UserPublishUseCase.ENTITY
                + "' AND login = 'ada'"));
        findings.addAll(new ScreenChecks().check(stage.getScene(), "users-publish-done"));
        // Known, and not the publication's: any message under the Users screen's forms needs a few pixels more than the
        // content area (the forms' stack is as tall as its tallest form), as after saving roles.
        ScreenChecks.assertOnly(findings, List.of("users-publish-done: would be scaled to 0.98"));
    }

    @Test
    void aSupervisorIsRefusedByTheUseCaseItselfAndNothingIsPublished() throws Exception {
        String url = pg.freshCentral();
        UserPublishUseCase publish = homeWithNina(pg.link(url));
        Session sam = home.loginAs("sam", "333333");
        assertFalse(publish.mayPublish(sam));
        assertFalse(new UsersViewModel(home.services(), sam, UseCaseRunner.inline(), Clock.systemUTC(), Optional.of(publish))
                .getPublishForm().isOffered(), "no key for a Supervisor");
        Session ada = home.loginAs("ada", "999999");
        assertTrue(new UsersViewModel(home.services(), ada, UseCaseRunner.inline(), Clock.systemUTC(), Optional.of(publish))
                .getPublishForm().isOffered(), "the key for the home's Admin");
        assertFalse(new UsersViewModel(home.services(), ada, UseCaseRunner.inline(), Clock.systemUTC())
                .getPublishForm().isOffered(), "no key without a central database");
        Session samAgain = home.loginAs("sam", "333333");

        assertThrows(AccessDeniedException.class, () -> publish.publish(samAgain, TestStation.signature("sam", "333333", "trying")));
        assertEquals(List.of(), new CentralUsers(pg.link(url)).newest());
        assertEquals(0, home.auditCount("USERS_READ_FOR_CENTRAL", "sam"));
    }

    @Test
    void anUnreachableCentralDatabaseRefusesInWordsAndNothingIsWritten(FxRobot robot) throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        showAsAda(robot, homeWithNina(CentralLink.of("jdbc:postgresql://localhost:" + closed + "/layerpress", "postgres", null)));
        long signaturesBefore = Long.parseLong(home.column("SELECT COUNT(*) FROM signature").get(0));
        long auditBefore = home.auditTotal();

        signPublication(robot);

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> message(robot, "#signMessage").contains("central database cannot be reached now"));
        assertTrue(dialogOpen(robot), "the dialog stays, with the refusal in words");
        assertEquals(signaturesBefore, Long.parseLong(home.column("SELECT COUNT(*) FROM signature").get(0)), "no signature kept");
        assertEquals(auditBefore, home.auditTotal(), "nothing audited: nothing was written");
        robot.clickOn("#signCancel");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !dialogOpen(robot));
        new ScreenChecks().check(stage.getScene(), "users-publish-unreachable");
        robot.clickOn("#newUser");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#createPane").tryQuery()
                .map(Node::isVisible).orElse(false)).get(10, SECONDS));
    }
}
