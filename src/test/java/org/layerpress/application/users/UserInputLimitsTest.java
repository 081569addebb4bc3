package org.layerpress.application.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.InputRefusedException;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.Role;
import org.layerpress.testing.TestStation;

/** Badges, names and reasons of people at, just over and far over their limits; refusals write nothing. */
class UserInputLimitsTest {

    @TempDir
    Path dir;
    TestStation station;
    Session ada;

    @BeforeEach
    void setUp() {
        station = TestStation.builder(dir).demoUsers().build();
        ada = station.ada();
    }

    private UserCommands.CreateUser user(String login, String name, String badge) {
        return new UserCommands.CreateUser(login, name, Optional.of(badge), EnumSet.of(Role.OPERATOR), Pin.of("135791"));
    }

    @Test
    void aBadgeAtItsLimitIsKeptAndOverItIsRefused() {
        String at = "B".repeat(InputLimits.BADGE_ID.maxChars());
        assertEquals(Optional.of(at), station.services().userAdministration().create(ada, user("bert", "Bert Badge", at + "\r\n")).badgeId());
        assertThrows(InputRefusedException.class, () -> user("cleo", "Cleo Badge", at + "B"));
        InputRefusedException far = assertThrows(InputRefusedException.class, () -> user("cleo", "Cleo Badge", "B".repeat(1_000_000)));
        assertTrue(far.getMessage().length() < 300, far.getMessage());
        InputRefusedException esc = assertThrows(InputRefusedException.class, () -> user("cleo", "Cleo Badge", "B-\u001B1"));
        assertTrue(esc.getMessage().contains("ESC"), esc.getMessage());
    }

    @Test
    void aFullNameAndALoginOverTheirLimitsAreRefusedWithAShortMessage() {
        assertEquals(80, user("dora", "D".repeat(80), "B-D").fullName().length());
        assertThrows(InputRefusedException.class, () -> user("dora", "D".repeat(81), "B-D"));
        InputRefusedException name = assertThrows(InputRefusedException.class, () -> user("dora", "D".repeat(1_000_000), "B-D"));
        assertTrue(name.getMessage().length() < 300, name.getMessage());
        assertEquals(32, user("d" + "o".repeat(31), "Dora", "B-D").login().length());
        IllegalArgumentException login = assertThrows(IllegalArgumentException.class, () -> user("d".repeat(1_000_000), "Dora", "B-D"));
        assertTrue(login.getMessage().length() < 300, login.getMessage());
    }

    @Test
    void aMegabyteBadgeScanAtLoginIsRefusedShortAndAnUnknownBadgeAtTheLimitIsAudited() {
        long before = station.auditTotal();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoginCommand.byBadge("B".repeat(1_000_000), Pin.of("111111")));
        assertTrue(e.getMessage().length() < 300, e.getMessage());
        assertEquals(before, station.auditTotal());

        // "badge:" + 64 characters is longer than the audit trail's actor column: still recorded.
        LoginResult r = station.services().login().login(LoginCommand.byBadge("X".repeat(InputLimits.BADGE_ID.maxChars()), Pin.of("111111")));
        assertTrue(r.session().isEmpty());
        assertEquals(before + 1, station.auditTotal());
    }

    @Test
    void aReasonAtItsLimitIsAuditedAndOverItIsRefusedBeforeAnythingChanges() {
        long olga = station.userId("olga");
        String at = "r".repeat(InputLimits.REASON.maxChars());
        station.services().userAdministration().disable(ada, new UserCommands.DisableUser(olga, at));
        assertEquals(1, station.auditCount(AuditActions.USER_DISABLED, "ada"));
        assertThrows(InputRefusedException.class, () -> new UserCommands.DisableUser(station.userId("quinn"), at + "r"));
        InputRefusedException far = assertThrows(InputRefusedException.class,
                () -> new UserCommands.AssignRoles(station.userId("quinn"), EnumSet.of(Role.QA), "r".repeat(1_000_000)));
        assertTrue(far.getMessage().length() < 300, far.getMessage());
    }
}
