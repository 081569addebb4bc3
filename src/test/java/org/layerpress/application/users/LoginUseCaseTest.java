package org.layerpress.application.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.domain.user.Pin;
import org.layerpress.testing.TestStation;

/** Logging in with name or badge + PIN, lockout after five wrong PINs, every failure audited. */
class LoginUseCaseTest {

    @TempDir
    Path dir;
    TestStation station;

    @BeforeEach
    void seed() {
        station = TestStation.builder(dir).build();
        station.services().seedDemoUsers().run();
    }

    LoginResult login(String login, String pin) {
        return station.services().login().login(LoginCommand.byLogin(login, Pin.of(pin)));
    }

    @Test
    void rightPinOpensASessionAndIsAudited() {
        LoginResult r = login("olga", "111111");
        assertTrue(r.succeeded(), r.message());
        assertEquals("olga", station.services().sessions().current().orElseThrow().user().login());
        assertEquals(1, station.auditCount(AuditActions.LOGIN, "olga"));
    }

    @Test
    void badgeScanPlusPinLogsIn() {
        LoginResult r = station.services().login().login(LoginCommand.byBadge("B-1002", Pin.of("222222")));
        assertTrue(r.succeeded(), r.message());
        assertEquals("quinn", r.session().orElseThrow().user().login());
    }

    @Test
    void unknownBadgeIsRefusedAndAudited() {
        LoginResult r = station.services().login().login(LoginCommand.byBadge("B-9999", Pin.of("222222")));
        assertFalse(r.succeeded());
        assertTrue(r.message().contains("Badge not known"), r.message());
        assertEquals(1, station.auditCount(AuditActions.LOGIN_REFUSED, "badge:B-9999"));
    }

    @Test
    void wrongPinSaysHowManyTriesAreLeft() {
        LoginResult r = login("olga", "000000");
        assertFalse(r.succeeded());
        assertTrue(r.message().contains("4 tries left"), r.message());
    }

    @Test
    void fifthWrongPinLocksTheAccountForFifteenMinutesEvenAgainstTheRightPin() {
        for (int i = 0; i < 4; i++) {
            assertEquals(PinVerifier.Outcome.WRONG_PIN, login("olga", "000000").outcome());
        }
        LoginResult fifth = login("olga", "000000");
        assertEquals(PinVerifier.Outcome.LOCKED, fifth.outcome());
        assertTrue(fifth.message().contains("locked"), fifth.message());

        LoginResult right = login("olga", "111111");
        assertFalse(right.succeeded(), "locked means locked, right PIN or not");
        assertEquals(PinVerifier.Outcome.LOCKED, right.outcome());

        station.clock().advance(Duration.ofMinutes(14));
        assertFalse(login("olga", "111111").succeeded());
        station.clock().advance(Duration.ofMinutes(1).plusSeconds(1));
        assertTrue(login("olga", "111111").succeeded(), "the lockout ends after 15 minutes");

        assertEquals(4, station.auditCount(AuditActions.PIN_REJECTED, "olga"));
        assertEquals(1, station.auditCount(AuditActions.ACCOUNT_LOCKED, "olga"));
        assertEquals(2, station.auditCount(AuditActions.LOGIN_REFUSED, "olga"), "attempts while locked are audited too");
    }

    @Test
    void parallelWrongPinsAreEachCountedAndLockAtExactlyTheFifth() throws Exception {
        List<LoginResult> belowTheLimit = loginAtOnce("olga", "000000", 4);
        assertEquals(4, belowTheLimit.stream().filter(r -> r.outcome() == PinVerifier.Outcome.WRONG_PIN).count(),
                "four wrong PINs at the same moment are four wrong PINs");
        assertEquals(4, station.user("olga").failedPinAttempts(), "each counted in the database");
        assertEquals(java.util.Set.of(1, 2, 3, 4), belowTheLimit.stream().map(r -> tries(r.message())).collect(java.util.stream.Collectors.toSet()),
                "each attempt saw the one before it");

        List<LoginResult> round = loginAtOnce("olga", "000000", 20);

        assertEquals(20, round.stream().filter(r -> r.outcome() == PinVerifier.Outcome.LOCKED).count());
        assertEquals(5, station.user("olga").failedPinAttempts(), "the fifth locks; the nineteen after it meet the lock uncounted");
        assertEquals(4, station.auditCount(AuditActions.PIN_REJECTED, "olga"));
        assertEquals(1, station.auditCount(AuditActions.ACCOUNT_LOCKED, "olga"));
        assertEquals(19, station.auditCount(AuditActions.LOGIN_REFUSED, "olga"), "every attempt leaves its audit row");
        assertEquals(PinVerifier.Outcome.LOCKED, login("olga", "111111").outcome());
    }

    /** Starts {@code n} logins on {@code n} threads at one signal and returns their results. */
    private List<LoginResult> loginAtOnce(String who, String pin, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<LoginResult>> attempts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                attempts.add(pool.submit(() -> {
                    go.await();
                    return login(who, pin);
                }));
            }
            go.countDown();
            List<LoginResult> results = new ArrayList<>();
            for (Future<LoginResult> a : attempts) {
                results.add(a.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The tries left that a wrong-PIN message states, as the attempt number it was (4 left = attempt 1). */
    private static int tries(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d) tr").matcher(message);
        assertTrue(m.find(), message);
        return PinVerifier.MAX_ATTEMPTS - Integer.parseInt(m.group(1));
    }

    @Test
    void aSuccessfulLoginResetsTheWrongPinCount() {
        login("olga", "000000");
        login("olga", "000000");
        assertTrue(login("olga", "111111").succeeded());
        LoginResult r = login("olga", "000000");
        assertTrue(r.message().contains("4 tries left"), r.message());
    }

    @Test
    void disabledUserCannotLogIn() {
        Session admin = station.loginAs("ada", "999999");
        long olga = station.userId("olga");
        station.services().userAdministration().disable(admin, new UserCommands.DisableUser(olga, "Left the team"));
        LoginResult r = login("olga", "111111");
        assertEquals(PinVerifier.Outcome.DISABLED, r.outcome());
    }

    @Test
    void emptyDatabaseHasNoUsersAndNeedsSetup() {
        TestStation fresh = TestStation.builder(dir.resolve("fresh")).build();
        assertTrue(fresh.services().firstAdminSetup().isNeeded(), "no default credentials: first start asks for the first Admin");
        assertFalse(fresh.services().login().login(LoginCommand.byLogin("admin", Pin.of("000000"))).succeeded());
    }
}
