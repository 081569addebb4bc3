package org.layerpress.application.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.audit.AuditFilter;
import org.layerpress.domain.audit.AuditRecord;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;
import org.layerpress.testing.TestStation;

class UserAdministrationTest {

    @TempDir
    Path dir;
    TestStation station;
    UserAdministrationUseCase admin;

    @BeforeEach
    void setUp() {
        station = TestStation.builder(dir).build();
        station.services().firstAdminSetup().setUp(new SetupFirstAdminCommand("root", "Rita Root", Pin.of("246810"), Pin.of("246810")));
        admin = station.services().userAdministration();
    }

    @Test
    void firstAdminCanBeCreatedOnlyOnce() {
        assertFalse(station.services().firstAdminSetup().isNeeded());
        assertThrows(AccessDeniedException.class, () -> station.services().firstAdminSetup()
                .setUp(new SetupFirstAdminCommand("evil", "Eve Il", Pin.of("135790"), Pin.of("135790"))));
    }

    @Test
    void newUserMustChangeTheTemporaryPinBeforeDoingAnything() {
        Session root = station.loginAs("root", "246810");
        admin.create(root, new UserCommands.CreateUser("amir", "Amir QA", Optional.of("B-7"), EnumSet.of(Role.QA), Pin.of("000111")));
        Session amir = station.loginAs("amir", "000111");
        assertTrue(amir.mustChangePin());
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> station.services().audit().find(amir, AuditFilter.latest(5)));
        assertTrue(e.getMessage().contains("change your PIN"), e.getMessage());

        assertNull(station.services().changePin().change(amir, Pin.of("000111"), Pin.of("987654"), Pin.of("987654")));
        assertFalse(amir.mustChangePin());
        assertEquals(5, station.services().audit().find(amir, AuditFilter.latest(5)).size());
        assertTrue(station.services().login().login(LoginCommand.byLogin("amir", Pin.of("987654"))).succeeded());
    }

    @Test
    void roleChangeIsAuditedWithOldNewAndReason() {
        Session root = station.loginAs("root", "246810");
        User amir = admin.create(root, new UserCommands.CreateUser("amir", "Amir QA", Optional.empty(), EnumSet.of(Role.QA), Pin.of("000111")));
        admin.assignRoles(root, new UserCommands.AssignRoles(amir.id(), EnumSet.of(Role.QA, Role.SUPERVISOR), "Promoted to shift lead"));
        List<AuditRecord> rows = station.services().audit().find(root,
                new AuditFilter(Optional.empty(), Optional.of(AuditActions.ENTITY_USER), Optional.of("amir"), Optional.empty(), Optional.empty(), 10));
        AuditRecord change = rows.stream().filter(r -> r.entry().action().equals(AuditActions.ROLES_CHANGED)).findFirst().orElseThrow();
        assertEquals("[QA]", change.entry().oldValue());
        assertEquals("[QA, SUPERVISOR]", change.entry().newValue());
        assertEquals("Promoted to shift lead", change.entry().reason());
        assertEquals("root", change.entry().actorLogin());
    }

    @Test
    void aChangeWithoutAReasonIsRefusedBeforeAnythingIsWritten() {
        assertThrows(IllegalArgumentException.class, () -> new UserCommands.AssignRoles(1, EnumSet.of(Role.QA), " "));
        assertThrows(IllegalArgumentException.class, () -> new UserCommands.DisableUser(1, ""));
    }

    @Test
    void theLastActiveAdminCanNeitherBeDemotedNorDisabled() {
        Session root = station.loginAs("root", "246810");
        long rootId = station.userId("root");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                admin.assignRoles(root, new UserCommands.AssignRoles(rootId, EnumSet.of(Role.QA), "Stepping down")));
        assertTrue(e.getMessage().contains("last active Admin"), e.getMessage());
        User second = admin.create(root, new UserCommands.CreateUser("bea", "Bea Admin", Optional.empty(), EnumSet.of(Role.ADMIN), Pin.of("111222")));
        admin.assignRoles(root, new UserCommands.AssignRoles(rootId, EnumSet.of(Role.QA, Role.ADMIN), "Also reviews"));
        assertTrue(admin.disable(root, new UserCommands.DisableUser(second.id(), "Left the team")).active() == false);
    }

    @Test
    void usersAreDisabledNeverDeleted() {
        Session root = station.loginAs("root", "246810");
        User amir = admin.create(root, new UserCommands.CreateUser("amir", "Amir QA", Optional.empty(), EnumSet.of(Role.QA), Pin.of("000111")));
        admin.disable(root, new UserCommands.DisableUser(amir.id(), "Left the team"));
        User after = admin.list(root).stream().filter(u -> u.login().equals("amir")).findFirst().orElseThrow();
        assertFalse(after.active());
        assertEquals(1, station.auditCount(AuditActions.USER_DISABLED, "root"));
    }

    @Test
    void pinResetClearsALockoutAndForcesAChange() {
        Session root = station.loginAs("root", "246810");
        User amir = admin.create(root, new UserCommands.CreateUser("amir", "Amir QA", Optional.empty(), EnumSet.of(Role.QA), Pin.of("000111")));
        for (int i = 0; i < 5; i++) {
            station.services().login().login(LoginCommand.byLogin("amir", Pin.of("999999")));
        }
        assertTrue(station.user("amir").lockedUntil().isPresent());
        User reset = admin.resetPin(root, new UserCommands.ResetPin(amir.id(), Pin.of("555666"), "Forgotten PIN"));
        assertTrue(reset.pinMustChange());
        assertTrue(reset.lockedUntil().isEmpty());
        assertTrue(station.services().login().login(LoginCommand.byLogin("amir", Pin.of("555666"))).succeeded());
    }

    @Test
    void duplicateLoginIsRefusedAndNothingIsWritten() {
        Session root = station.loginAs("root", "246810");
        long before = station.auditTotal();
        assertThrows(IllegalArgumentException.class, () -> admin.create(root,
                new UserCommands.CreateUser("root", "Another Root", Optional.empty(), EnumSet.of(Role.QA), Pin.of("000111"))));
        assertEquals(before, station.auditTotal());
    }
}
