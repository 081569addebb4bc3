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
import org.layerpress.testing.TestStation;

class JdbcUserStoreTest {

    @TempDir
    Path dir;
    TestStation station;

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).build();
    }

    @AfterEach
    void close() {
        station.close();
    }

    @Test
    void insertedUserIsFoundByIdLoginAndBadge() {
        long id = StoreRows.addUser(station, "anna", "B-0042", Role.OPERATOR);
        User byLogin = station.transactions().inTransaction(() -> station.stores().users().byLogin("anna")).orElseThrow();
        assertEquals(id, byLogin.id());
        assertEquals("Name of anna", byLogin.fullName());
        assertEquals(Optional.of("B-0042"), byLogin.badgeId());
        assertTrue(byLogin.active());
        assertEquals(0, byLogin.failedPinAttempts());
        assertEquals(Optional.empty(), byLogin.lockedUntil());
        assertEquals(byLogin, station.transactions().inTransaction(() -> station.stores().users().byBadge("B-0042")).orElseThrow());
        assertEquals(byLogin, station.transactions().inTransaction(() -> station.stores().users().byId(id)).orElseThrow());
        assertEquals(Optional.empty(), station.transactions().inTransaction(() -> station.stores().users().byLogin("nobody")));
        assertEquals(Optional.of(StoreRows.pin()), station.transactions().inTransaction(() -> station.stores().users().pinHash(id)));
    }

    @Test
    void duplicateLoginIsRefusedWithAClearErrorAndNothingIsWritten() {
        StoreRows.addUser(station, "anna", "B-1", Role.OPERATOR);
        StoreException e = assertThrows(StoreException.class, () -> StoreRows.addUser(station, "anna", "B-2", Role.QA));
        assertTrue(e.getMessage().contains("login 'anna' already exists"), e.getMessage());
        assertEquals(1, station.transactions().inTransaction(station.stores().users()::count));
        assertEquals(Optional.empty(), station.transactions().inTransaction(() -> station.stores().users().byBadge("B-2")));
    }

    @Test
    void duplicateBadgeIsRefusedButManyUsersMayHaveNoBadge() {
        StoreRows.addUser(station, "anna", "B-1", Role.OPERATOR);
        StoreException e = assertThrows(StoreException.class, () -> StoreRows.addUser(station, "bert", "B-1", Role.QA));
        assertTrue(e.getMessage().contains("badge 'B-1' already belongs to another user"), e.getMessage());
        StoreRows.addUser(station, "carl", null, Role.QA);
        StoreRows.addUser(station, "dora", null, Role.QA);
        assertEquals(3, station.transactions().inTransaction(station.stores().users()::count));
    }

    @Test
    void rolesRoundTripAndCanBeChanged() {
        long id = StoreRows.addUser(station, "anna", null, Role.QA, Role.ADMIN);
        assertEquals(EnumSet.of(Role.QA, Role.ADMIN), station.transactions().inTransaction(() -> station.stores().users().byId(id)).orElseThrow().roles());
        station.transactions().inTransaction(() -> {
            station.stores().users().updateRoles(id, Set.of(Role.SUPERVISOR, Role.OPERATOR, Role.QA, Role.ADMIN));
            return null;
        });
        assertEquals(EnumSet.allOf(Role.class), station.transactions().inTransaction(() -> station.stores().users().byId(id)).orElseThrow().roles());
        station.transactions().inTransaction(() -> {
            station.stores().users().updateRoles(id, Set.of());
            return null;
        });
        assertEquals(Set.of(), station.transactions().inTransaction(() -> station.stores().users().byId(id)).orElseThrow().roles());
    }

    @Test
    void failedAttemptsAndLockoutEndRoundTripToTheNanosecond() {
        long id = StoreRows.addUser(station, "anna", null, Role.OPERATOR);
        Instant until = Instant.parse("2031-05-06T07:08:09.123456789Z");
        station.transactions().inTransaction(() -> {
            station.stores().users().updateFailedAttempts(id, 5, Optional.of(until));
            return null;
        });
        User locked = station.transactions().inTransaction(() -> station.stores().users().byId(id)).orElseThrow();
        assertEquals(5, locked.failedPinAttempts());
        assertEquals(Optional.of(until), locked.lockedUntil());
        station.transactions().inTransaction(() -> {
            station.stores().users().updateFailedAttempts(id, 0, Optional.empty());
            return null;
        });
        User cleared = station.transactions().inTransaction(() -> station.stores().users().byId(id)).orElseThrow();
        assertEquals(0, cleared.failedPinAttempts());
        assertEquals(Optional.empty(), cleared.lockedUntil());
    }

    @Test
    void disabledUserIsKeptAndListedButInactive() {
        long id = StoreRows.addUser(station, "bert", null, Role.QA);
        StoreRows.addUser(station, "anna", null, Role.OPERATOR);
        station.transactions().inTransaction(() -> {
            station.stores().users().updateActive(id, false);
            return null;
        });
        List<User> all = station.transactions().inTransaction(station.stores().users()::all);
        assertEquals(List.of("anna", "bert"), all.stream().map(User::login).toList(), "ordered by full name");
        assertFalse(all.get(1).active());
    }

    @Test
    void pinChangeStoresTheNewHashAndTheMustChangeFlag() {
        long id = StoreRows.addUser(station, "anna", null, Role.OPERATOR);
        PinHash fresh = new PinHash("PBKDF2WithHmacSHA256", 300_000, "ff".repeat(16), "cd".repeat(32));
        station.transactions().inTransaction(() -> {
            station.stores().users().updatePin(id, fresh, true);
            return null;
        });
        assertEquals(Optional.of(fresh), station.transactions().inTransaction(() -> station.stores().users().pinHash(id)));
        assertTrue(station.transactions().inTransaction(() -> station.stores().users().byId(id)).orElseThrow().pinMustChange());
    }

    @Test
    void changingAUserThatDoesNotExistIsAnError() {
        StoreException e = assertThrows(StoreException.class, () -> station.transactions().inTransaction(() -> {
            station.stores().users().updateActive(999, false);
            return null;
        }));
        assertTrue(e.getMessage().contains("no user with id 999"), e.getMessage());
    }

    @Test
    void storeCalledOutsideATransactionIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> station.stores().users().byLogin("anna"));
        assertTrue(e.getMessage().contains("outside a transaction"), e.getMessage());
    }
}
