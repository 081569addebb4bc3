package org.layerpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.PinHash;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;

class JdbcUserStoreTest {

    @TempDir
    Path dir;
    StoreRig rig;

    @BeforeEach
    void open() {
        rig = new StoreRig(dir);
    }

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void insertedUserIsFoundByIdLoginAndBadge() {
        long id = rig.addUser("anna", "B-0042", Role.OPERATOR);
        User byLogin = rig.tx.inTransaction(() -> rig.users.byLogin("anna")).orElseThrow();
        assertEquals(id, byLogin.id());
        assertEquals("Name of anna", byLogin.fullName());
        assertEquals(Optional.of("B-0042"), byLogin.badgeId());
        assertTrue(byLogin.active());
        assertEquals(0, byLogin.failedPinAttempts());
        assertEquals(Optional.empty(), byLogin.lockedUntil());
        assertEquals(byLogin, rig.tx.inTransaction(() -> rig.users.byBadge("B-0042")).orElseThrow());
        assertEquals(byLogin, rig.tx.inTransaction(() -> rig.users.byId(id)).orElseThrow());
        assertEquals(Optional.empty(), rig.tx.inTransaction(() -> rig.users.byLogin("nobody")));
        assertEquals(Optional.of(StoreRig.pin()), rig.tx.inTransaction(() -> rig.users.pinHash(id)));
    }

    @Test
    void duplicateLoginIsRefusedWithAClearErrorAndNothingIsWritten() {
        rig.addUser("anna", "B-1", Role.OPERATOR);
        StoreException e = assertThrows(StoreException.class, () -> rig.addUser("anna", "B-2", Role.QA));
        assertTrue(e.getMessage().contains("login 'anna' already exists"), e.getMessage());
        assertEquals(1, rig.tx.inTransaction(rig.users::count));
        assertEquals(Optional.empty(), rig.tx.inTransaction(() -> rig.users.byBadge("B-2")));
    }

    @Test
    void duplicateBadgeIsRefusedButManyUsersMayHaveNoBadge() {
        rig.addUser("anna", "B-1", Role.OPERATOR);
        StoreException e = assertThrows(StoreException.class, () -> rig.addUser("bert", "B-1", Role.QA));
        assertTrue(e.getMessage().contains("badge 'B-1' already belongs to another user"), e.getMessage());
        rig.addUser("carl", null, Role.QA);
        rig.addUser("dora", null, Role.QA);
        assertEquals(3, rig.tx.inTransaction(rig.users::count));
    }

    @Test
    void rolesRoundTripAndCanBeChanged() {
        long id = rig.addUser("anna", null, Role.QA, Role.ADMIN);
        assertEquals(EnumSet.of(Role.QA, Role.ADMIN), rig.tx.inTransaction(() -> rig.users.byId(id)).orElseThrow().roles());
        rig.tx.inTransaction(() -> {
            rig.users.updateRoles(id, Set.of(Role.SUPERVISOR, Role.OPERATOR, Role.QA, Role.ADMIN));
            return null;
        });
        assertEquals(EnumSet.allOf(Role.class), rig.tx.inTransaction(() -> rig.users.byId(id)).orElseThrow().roles());
        rig.tx.inTransaction(() -> {
            rig.users.updateRoles(id, Set.of());
            return null;
        });
        assertEquals(Set.of(), rig.tx.inTransaction(() -> rig.users.byId(id)).orElseThrow().roles());
    }

    @Test
    void failedAttemptsAndLockoutEndRoundTripToTheNanosecond() {
        long id = rig.addUser("anna", null, Role.OPERATOR);
        Instant until = Instant.parse("2031-05-06T07:08:09.123456789Z");
        rig.tx.inTransaction(() -> {
            rig.users.updateFailedAttempts(id, 5, Optional.of(until));
            return null;
        });
        User locked = rig.tx.inTransaction(() -> rig.users.byId(id)).orElseThrow();
        assertEquals(5, locked.failedPinAttempts());
        assertEquals(Optional.of(until), locked.lockedUntil());
        rig.tx.inTransaction(() -> {
            rig.users.updateFailedAttempts(id, 0, Optional.empty());
            return null;
        });
        User cleared = rig.tx.inTransaction(() -> rig.users.byId(id)).orElseThrow();
        assertEquals(0, cleared.failedPinAttempts());
        assertEquals(Optional.empty(), cleared.lockedUntil());
    }

    @Test
    void disabledUserIsKeptAndListedButInactive() {
        long id = rig.addUser("bert", null, Role.QA);
        rig.addUser("anna", null, Role.OPERATOR);
        rig.tx.inTransaction(() -> {
            rig.users.updateActive(id, false);
            return null;
        });
        List<User> all = rig.tx.inTransaction(rig.users::all);
        assertEquals(List.of("anna", "bert"), all.stream().map(User::login).toList(), "ordered by full name");
        assertFalse(all.get(1).active());
    }

    @Test
    void pinChangeStoresTheNewHashAndTheMustChangeFlag() {
        long id = rig.addUser("anna", null, Role.OPERATOR);
        PinHash fresh = new PinHash("PBKDF2WithHmacSHA256", 300_000, "ff".repeat(16), "cd".repeat(32));
        rig.tx.inTransaction(() -> {
            rig.users.updatePin(id, fresh, true);
            return null;
        });
        assertEquals(Optional.of(fresh), rig.tx.inTransaction(() -> rig.users.pinHash(id)));
        assertTrue(rig.tx.inTransaction(() -> rig.users.byId(id)).orElseThrow().pinMustChange());
    }

    @Test
    void changingAUserThatDoesNotExistIsAnError() {
        StoreException e = assertThrows(StoreException.class, () -> rig.tx.inTransaction(() -> {
            rig.users.updateActive(999, false);
            return null;
        }));
        assertTrue(e.getMessage().contains("no user with id 999"), e.getMessage());
    }

    @Test
    void storeCalledOutsideATransactionIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> rig.users.byLogin("anna"));
        assertTrue(e.getMessage().contains("outside a transaction"), e.getMessage());
    }
}
