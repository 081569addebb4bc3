package org.layerpress.ui.admin;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.LoginCommand;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserCommands;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.Screenshots;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.UseCaseRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The admin screens as pictures for the docs (docs/ keeps audit-trail and users). */
@ExtendWith(ApplicationExtension.class)
class AdminPictures {

    @TempDir
    Path dir;
    private TestStation station;
    private Stage stage;

    @org.testfx.framework.junit5.Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (station != null) {
            station.close();
        }
    }

    private void someHistory() {
        Session ada = station.ada();
        var admin = station.services().userAdministration();
        User jdoe = admin.create(ada, new UserCommands.CreateUser("jdoe", "Jane Doe", java.util.Optional.of("B-2001"),
                EnumSet.of(Role.OPERATOR), Pin.of("482913")));
        long olga = admin.list(ada).stream().filter(u -> u.login().equals("olga")).findFirst().orElseThrow().id();
        admin.assignRoles(ada, new UserCommands.AssignRoles(olga, EnumSet.of(Role.OPERATOR, Role.QA), "Role change requested by supervisor"));
        admin.resetPin(ada, new UserCommands.ResetPin(jdoe.id(), Pin.of("135790"), "Forgotten PIN"));
        station.services().login().login(LoginCommand.byLogin("sam", Pin.of("000000")));
        station.services().settings().setIdleTimeout(ada, java.time.Duration.ofMinutes(10), "Other: long weighing steps");
        long sue = admin.list(ada).stream().filter(u -> u.login().equals("sue")).findFirst().orElseThrow().id();
        admin.disable(ada, new UserCommands.DisableUser(sue, "Left the team"));
    }

    @Test
    void auditTrail(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        someHistory();
        Session quinn = station.loginAs("quinn", "222222");
        AuditTrailViewModel vm = new AuditTrailViewModel(station.services(), quinn, UseCaseRunner.fx(), Clock.systemUTC(), ZoneId.of("Europe/Berlin"));
        Scene scene = show(robot, () -> AuditTrailView.load(LayoutLocator.classpathOnly(), vm).root());
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "INTACT".equals(vm.getChain().word()));
        snap(scene, "audit-trail.png");
        robot.clickOn("#userFilter");
        snap(scene, "audit-user-picker.png");
        // The choice in the picker, not a cell with the same word under it.
        robot.clickOn(robot.from(robot.lookup(".lp-picker-overlay").queryAll()).lookup("ada").<javafx.scene.Node>query());
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> vm.rows().stream().allMatch(r -> r.user().equals("ada")));
        robot.clickOn(".lp-audit-table .table-row-cell");
        snap(scene, "audit-row-detail.png");
    }

    @Test
    void users(FxRobot robot) throws Exception {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        someHistory();
        UsersViewModel vm = new UsersViewModel(station.services(), station.ada(), UseCaseRunner.fx(), Clock.systemUTC());
        Scene scene = show(robot, () -> UsersView.load(LayoutLocator.classpathOnly(), vm).root());
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !vm.getList().users().isEmpty());
        robot.clickOn("Olga Operator");
        robot.clickOn("#rolesReason");
        snap(scene, "users-reason-picker.png");
        robot.clickOn("Role change requested by supervisor");
        robot.clickOn("#pickerOk");
        snap(scene, "users.png");
        robot.clickOn("#resetPinTab");
        robot.clickOn("#typeResetPin");
        robot.clickOn("#pin4").clickOn("#pin8").clickOn("#pin2");
        snap(scene, "users-pin-pad.png");
        robot.clickOn("#pinCancel");
        robot.clickOn("#disableTab");
        snap(scene, "users-disable.png");
        robot.clickOn("#newUser");
        robot.clickOn("#newLogin").write("bo");
        robot.clickOn("#createUser");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !vm.getMessage().text().isEmpty());
        snap(scene, "users-create.png");
        robot.clickOn("#createCancel");
        robot.clickOn("#idleTimeout");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> vm.getIdleForm().getMinutes() == 10);
        snap(scene, "users-idle.png");
    }

    private Scene show(FxRobot robot, java.util.function.Supplier<javafx.scene.Parent> content) throws Exception {
        Scene scene = WaitForAsyncUtils.asyncFx(() -> {
            Scene s = Screens.scene(content.get());
            stage.setScene(s);
            stage.setWidth(Screens.WIDTH);
            stage.setHeight(Screens.HEIGHT);
            stage.show();
            return s;
        }).get(10, SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return scene;
    }

    private static void snap(Scene scene, String name) throws Exception {
        Screenshots.shoot(scene, name);
    }
}
