package org.layerpress.ui.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Role;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;

/** The user screen's logic on the real use cases and a real H2 file, without a stage. */
class UsersViewModelTest {

    @TempDir
    Path dir;
    private Station station;
    private UsersViewModel vm;

    @BeforeEach
    void open() {
        station = new Station(dir);
        vm = viewModel(station.ada());
        vm.load();
    }

    @AfterEach
    void close() {
        station.close();
    }

    private UsersViewModel viewModel(Session session) {
        return new UsersViewModel(station.services, session, UseCaseRunner.inline(), Clock.systemUTC());
    }

    private UserRow row(String login) {
        return vm.users().stream().filter(r -> r.login().equals(login)).findFirst().orElseThrow(() -> new AssertionError("no " + login + " in " + vm.users()));
    }

    @Test
    void listShowsNamesLoginsRolesAndTagsInWords() {
        UserRow ada = row("ada");
        assertEquals("Ada Admin", ada.fullName());
        assertEquals(List.of("Admin"), ada.roles());
        assertEquals("DEMO", ada.tagWords());
    }

    @Test
    void aCreatedUserAppearsInTheListAndMustChangeThePin() {
        vm.startCreate();
        vm.newLoginProperty().set("jdoe");
        vm.newFullNameProperty().set("Jane Doe");
        vm.roleProperty(Role.OPERATOR).set(true);
        vm.temporaryPinProperty().set("482913");

        vm.create();

        assertEquals(Severity.NORMAL, vm.getMessage().severity(), vm.getMessage().text());
        UserRow jdoe = row("jdoe");
        assertEquals("Jane Doe", jdoe.fullName());
        assertEquals(List.of("Operator"), jdoe.roles());
        assertTrue(jdoe.has(UserRow.MUST_CHANGE_PIN));
        assertEquals(jdoe, vm.getSelected());
        assertEquals(UsersViewModel.Mode.NONE, vm.getMode());
    }

    @Test
    void aNewUserNeedsARoleAndAPinOfSixDigits() {
        vm.startCreate();
        vm.newLoginProperty().set("jdoe");
        vm.newFullNameProperty().set("Jane Doe");
        vm.temporaryPinProperty().set("4829");

        vm.create();
        assertEquals("Not done: a user needs at least one role.", vm.getMessage().text());
        vm.roleProperty(Role.QA).set(true);
        vm.create();

        assertEquals("Not done: a PIN has 6 to 12 digits, this one has 4.", vm.getMessage().text());
        assertEquals(Severity.WARNING, vm.getMessage().severity());
        assertTrue(vm.users().stream().noneMatch(r -> r.login().equals("jdoe")));
        assertEquals(UsersViewModel.Mode.CREATE, vm.getMode(), "the form stays for a correction");
    }

    @Test
    void assigningRolesNeedsAReason() {
        vm.select("olga");
        assertEquals(UsersViewModel.Mode.ROLES, vm.getMode());
        assertTrue(vm.roleProperty(Role.OPERATOR).get());
        vm.roleProperty(Role.QA).set(true);

        vm.saveRoles();
        assertEquals("Not done: give a reason for this change.", vm.getMessage().text());
        assertEquals(Severity.WARNING, vm.getMessage().severity());
        assertEquals(List.of("Operator"), row("olga").roles(), "nothing changed");

        vm.pickReason("Role change requested by supervisor", "");
        assertEquals("Reason: Role change requested by supervisor", vm.getReasonText());
        vm.saveRoles();

        assertEquals("Roles of olga saved: Operator, QA.", vm.getMessage().text());
        assertEquals(List.of("Operator", "QA"), row("olga").roles());
    }

    @Test
    void removingAdminFromTheLastAdminIsRefusedWithTheMessage() {
        vm.select("ada");
        vm.roleProperty(Role.ADMIN).set(false);
        vm.roleProperty(Role.SUPERVISOR).set(true);
        vm.pickReason(UsersViewModel.OTHER, "handing over");

        vm.saveRoles();

        assertEquals("Not done: ada is the last active Admin: make someone else Admin first.", vm.getMessage().text());
        assertEquals(List.of("Admin"), row("ada").roles());
    }

    @Test
    void anAdminCannotDisableThemselvesTheLastAdminStays() {
        vm.select("ada");
        vm.startDisable();
        vm.pickReason("Left the team", "");

        vm.disable();

        assertEquals("Not done: you cannot disable yourself; another Admin can.", vm.getMessage().text());
        assertEquals(Severity.WARNING, vm.getMessage().severity());
        assertFalse(row("ada").has(UserRow.DISABLED));
    }

    @Test
    void disablingAUserTagsThemDisabledAndForbidsASecondDisable() {
        vm.select("olga");
        vm.startDisable();
        assertTrue(vm.isDisableAllowed());
        vm.pickReason("Left the team", "");

        vm.disable();

        assertEquals("olga is disabled. Their records and signatures stay.", vm.getMessage().text());
        assertTrue(row("olga").has(UserRow.DISABLED));
        assertFalse(vm.isDisableAllowed());
        assertEquals("olga is already disabled.", vm.getDisableText());
    }

    @Test
    void resettingAPinMarksMustChangePin() {
        vm.select("olga");
        assertFalse(row("olga").has(UserRow.MUST_CHANGE_PIN));
        vm.startResetPin();
        vm.temporaryPinProperty().set("555777");
        vm.pickReason("Forgotten PIN", "");

        vm.resetPin();

        assertEquals(Severity.NORMAL, vm.getMessage().severity(), vm.getMessage().text());
        assertTrue(row("olga").has(UserRow.MUST_CHANGE_PIN));
        assertEquals("DEMO", row("ada").tagWords());
    }

    @Test
    void aRandomTemporaryPinHasSixDigits() {
        vm.select("olga");
        vm.startResetPin();

        vm.generateTemporaryPin();

        assertTrue(vm.temporaryPinProperty().get().matches("\\d{6}"));
        assertEquals("Temporary PIN: " + vm.temporaryPinProperty().get(), vm.getTemporaryPinText());
    }

    @Test
    void otherCountsOnlyWithDetails() {
        vm.pickReason(UsersViewModel.OTHER, "  ");
        assertEquals("", vm.reason());
        assertEquals("Reason: tap to choose", vm.getReasonText());
        vm.pickReason(UsersViewModel.OTHER, "audit finding 12");
        assertEquals("audit finding 12", vm.reason());
        vm.pickReason("Forgotten PIN", "called from home");
        assertEquals("Forgotten PIN: called from home", vm.reason());
    }

    @Test
    void theIdleTimeoutStepsWithinOneToSixtyMinutesAndIsSavedWithAReason() {
        vm.startIdleTimeout();
        assertEquals(5, vm.getIdleMinutes());
        for (int i = 0; i < 10; i++) {
            vm.decrementIdle();
        }
        assertEquals("1 min", vm.getIdleText());
        for (int i = 0; i < 70; i++) {
            vm.incrementIdle();
        }
        assertEquals(60, vm.getIdleMinutes());
        vm.decrementIdle();

        vm.saveIdleTimeout();
        assertEquals("Not done: give a reason for this change.", vm.getMessage().text());
        vm.pickReason(UsersViewModel.OTHER, "long weighing steps");
        vm.saveIdleTimeout();

        assertEquals("Idle timeout set to 59 min.", vm.getMessage().text());
        assertEquals(Duration.ofMinutes(59), station.services.settings().idleTimeout());
    }

    @Test
    void anOperatorIsRefusedTheUserListInWords() {
        UsersViewModel operator = viewModel(station.login("olga", "111111"));

        operator.load();

        assertTrue(operator.isRefused());
        assertTrue(operator.users().isEmpty());
        assertTrue(operator.getMessage().text().startsWith("Not allowed: listing users needs the [ADMIN] role"), operator.getMessage().text());
    }
}
