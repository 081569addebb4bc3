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
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;

/** The user screen's logic on the real use cases and a real H2 file, without a stage. */
class UsersViewModelTest {

    @TempDir
    Path dir;
    private TestStation station;
    private UsersViewModel vm;

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        vm = viewModel(station.ada());
        vm.load();
    }

    @AfterEach
    void close() {
        station.close();
    }

    private UsersViewModel viewModel(Session session) {
        return new UsersViewModel(station.services(), session, UseCaseRunner.inline(), Clock.systemUTC());
    }

    private UserRow row(String login) {
        return vm.getList().users().stream().filter(r -> r.login().equals(login)).findFirst().orElseThrow(() -> new AssertionError("no " + login + " in " + vm.getList().users()));
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
        vm.getCreateForm().loginProperty().set("jdoe");
        vm.getCreateForm().fullNameProperty().set("Jane Doe");
        vm.getCreateForm().roleProperty(Role.OPERATOR).set(true);
        vm.getCreateForm().getTemporaryPin().digitsProperty().set("482913");

        vm.getCreateForm().create();

        assertEquals(Severity.NORMAL, vm.getMessage().severity(), vm.getMessage().text());
        UserRow jdoe = row("jdoe");
        assertEquals("Jane Doe", jdoe.fullName());
        assertEquals(List.of("Operator"), jdoe.roles());
        assertTrue(jdoe.has(UserRow.MUST_CHANGE_PIN));
        assertEquals(jdoe, vm.getList().getSelected());
        assertEquals(UsersViewModel.Mode.NONE, vm.getMode());
    }

    @Test
    void aNewUserNeedsARoleAndAPinOfSixDigits() {
        vm.startCreate();
        vm.getCreateForm().loginProperty().set("jdoe");
        vm.getCreateForm().fullNameProperty().set("Jane Doe");
        vm.getCreateForm().getTemporaryPin().digitsProperty().set("4829");

        vm.getCreateForm().create();
        assertEquals("Not done: a user needs at least one role.", vm.getMessage().text());
        vm.getCreateForm().roleProperty(Role.QA).set(true);
        vm.getCreateForm().create();

        assertEquals("Not done: a PIN has 6 to 12 digits, this one has 4.", vm.getMessage().text());
        assertEquals(Severity.WARNING, vm.getMessage().severity());
        assertTrue(vm.getList().users().stream().noneMatch(r -> r.login().equals("jdoe")));
        assertEquals(UsersViewModel.Mode.CREATE, vm.getMode(), "the form stays for a correction");
    }

    @Test
    void assigningRolesNeedsAReason() {
        vm.select("olga");
        assertEquals(UsersViewModel.Mode.ROLES, vm.getMode());
        assertTrue(vm.getRolesForm().roleProperty(Role.OPERATOR).get());
        vm.getRolesForm().roleProperty(Role.QA).set(true);

        vm.getRolesForm().save();
        assertEquals("Not done: give a reason for this change.", vm.getMessage().text());
        assertEquals(Severity.WARNING, vm.getMessage().severity());
        assertEquals(List.of("Operator"), row("olga").roles(), "nothing changed");

        vm.getRolesForm().reason().pick("Role change requested by supervisor", "");
        assertEquals("Reason: Role change requested by supervisor", vm.getRolesForm().getReasonText());
        vm.getRolesForm().save();

        assertEquals("Roles of olga saved: Operator, QA.", vm.getMessage().text());
        assertEquals(List.of("Operator", "QA"), row("olga").roles());
    }

    @Test
    void removingAdminFromTheLastAdminIsRefusedWithTheMessage() {
        vm.select("ada");
        vm.getRolesForm().roleProperty(Role.ADMIN).set(false);
        vm.getRolesForm().roleProperty(Role.SUPERVISOR).set(true);
        vm.getRolesForm().reason().pick(ReasonEntry.OTHER, "handing over");

        vm.getRolesForm().save();

        assertEquals("Not done: ada is the last active Admin: make someone else Admin first.", vm.getMessage().text());
        assertEquals(List.of("Admin"), row("ada").roles());
    }

    @Test
    void anAdminCannotDisableThemselvesTheLastAdminStays() {
        vm.select("ada");
        vm.startDisable();
        vm.getDisableForm().reason().pick("Left the team", "");

        vm.getDisableForm().disable();

        assertEquals("Not done: you cannot disable yourself; another Admin can.", vm.getMessage().text());
        assertEquals(Severity.WARNING, vm.getMessage().severity());
        assertFalse(row("ada").has(UserRow.DISABLED));
    }

    @Test
    void disablingAUserTagsThemDisabledAndForbidsASecondDisable() {
        vm.select("olga");
        vm.startDisable();
        assertTrue(vm.getDisableForm().isDisableAllowed());
        vm.getDisableForm().reason().pick("Left the team", "");

        vm.getDisableForm().disable();

        assertEquals("olga is disabled. Their records and signatures stay.", vm.getMessage().text());
        assertTrue(row("olga").has(UserRow.DISABLED));
        assertFalse(vm.getDisableForm().isDisableAllowed());
        assertEquals("olga is already disabled.", vm.getDisableForm().getDisableText());
    }

    @Test
    void resettingAPinMarksMustChangePin() {
        vm.select("olga");
        assertFalse(row("olga").has(UserRow.MUST_CHANGE_PIN));
        vm.startResetPin();
        vm.getResetPinForm().getTemporaryPin().digitsProperty().set("555777");
        vm.getResetPinForm().reason().pick("Forgotten PIN", "");

        vm.getResetPinForm().reset();

        assertEquals(Severity.NORMAL, vm.getMessage().severity(), vm.getMessage().text());
        assertTrue(row("olga").has(UserRow.MUST_CHANGE_PIN));
        assertEquals("DEMO", row("ada").tagWords());
    }

    @Test
    void aRandomTemporaryPinHasSixDigits() {
        vm.select("olga");
        vm.startResetPin();

        vm.getResetPinForm().getTemporaryPin().generate();

        assertTrue(vm.getResetPinForm().getTemporaryPin().getDigits().matches("\\d{6}"));
        assertEquals("Temporary PIN: " + vm.getResetPinForm().getTemporaryPin().getDigits(), vm.getResetPinForm().getTemporaryPin().getText());
    }

    @Test
    void otherCountsOnlyWithDetails() {
        vm.getRolesForm().reason().pick(ReasonEntry.OTHER, "  ");
        assertEquals("", vm.getRolesForm().reason().reason());
        assertEquals("Reason: tap to choose", vm.getRolesForm().getReasonText());
        vm.getRolesForm().reason().pick(ReasonEntry.OTHER, "audit finding 12");
        assertEquals("audit finding 12", vm.getRolesForm().reason().reason());
        vm.getRolesForm().reason().pick("Forgotten PIN", "called from home");
        assertEquals("Forgotten PIN: called from home", vm.getRolesForm().reason().reason());
    }

    @Test
    void theIdleTimeoutStepsWithinOneToSixtyMinutesAndIsSavedWithAReason() {
        vm.startIdleTimeout();
        assertEquals(5, vm.getIdleForm().getMinutes());
        for (int i = 0; i < 10; i++) {
            vm.getIdleForm().decrement();
        }
        assertEquals("1 min", vm.getIdleForm().getText());
        for (int i = 0; i < 70; i++) {
            vm.getIdleForm().increment();
        }
        assertEquals(60, vm.getIdleForm().getMinutes());
        vm.getIdleForm().decrement();

        vm.getIdleForm().save();
        assertEquals("Not done: give a reason for this change.", vm.getMessage().text());
        vm.getIdleForm().reason().pick(ReasonEntry.OTHER, "long weighing steps");
        vm.getIdleForm().save();

        assertEquals("Idle timeout set to 59 min.", vm.getMessage().text());
        assertEquals(Duration.ofMinutes(59), station.services().settings().idleTimeout());
    }

    @Test
    void anOperatorIsRefusedTheUserListInWords() {
        UsersViewModel operator = viewModel(station.loginAs("olga", "111111"));

        operator.load();

        assertTrue(operator.isRefused());
        assertTrue(operator.getList().users().isEmpty());
        assertTrue(operator.getMessage().text().startsWith("Not allowed: listing users needs the [ADMIN] role"), operator.getMessage().text());
    }
}
