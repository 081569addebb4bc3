package org.layerpress.application.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.User;

/**
 * Checks a user's PIN wherever one is asked (login, signing, leaving kiosk mode), counts wrong
 * PINs and locks the account for 15 minutes after the fifth; every failure is audited. Call it
 * inside a transaction so the count and the audit row commit together.
 */
public final class PinVerifier {

    public static final int MAX_ATTEMPTS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    public enum Outcome { ACCEPTED, WRONG_PIN, LOCKED, DISABLED }

    public record Verification(Outcome outcome, int attemptsLeft, Optional<Instant> lockedUntil) {

        public boolean accepted() {
            return outcome == Outcome.ACCEPTED;
        }

        /** What the person at the screen is told. */
        public String message() {
            return switch (outcome) {
                case ACCEPTED -> "PIN accepted";
                case WRONG_PIN -> "Wrong PIN. " + attemptsLeft + (attemptsLeft == 1 ? " try" : " tries") + " left before the account locks for "
                        + LOCKOUT.toMinutes() + " minutes.";
                case LOCKED -> "Account locked after " + MAX_ATTEMPTS + " wrong PINs until " + lockedUntil.map(Instant::toString).orElse("?")
                        + " (UTC). Ask an Admin, or wait.";
                case DISABLED -> "This user is disabled. Ask an Admin.";
            };
        }
    }

    private final UserStore users;
    private final PinHasher hasher;
    private final Auditor auditor;
    private final Clock clock;

    public PinVerifier(UserStore users, PinHasher hasher, Auditor auditor, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.auditor = auditor;
        this.clock = clock;
    }

    /**
     * Checks {@code pin} against the user's stored hash. The user's row is locked first and read again
     * under the lock: attempts on one person made at the same moment (two screens, a script) are
     * counted one after the other in the database, so the account locks at exactly the
     * {@value #MAX_ATTEMPTS}th wrong PIN and every later one meets the lock. Reading the count before
     * and writing it back after the slow hash let parallel attempts overwrite each other's count.
     */
    public Verification verify(User given, Pin pin, String purpose) {
        User user = users.byIdLocked(given.id()).orElse(given);
        Instant now = Clocks.now(clock);
        if (!user.active()) {
            auditor.record(user, AuditActions.LOGIN_REFUSED, AuditActions.ENTITY_USER, user.login(), "", "disabled user (" + purpose + ")", "");
            return new Verification(Outcome.DISABLED, 0, Optional.empty());
        }
        if (user.isLockedAt(now)) {
            auditor.record(user, AuditActions.LOGIN_REFUSED, AuditActions.ENTITY_USER, user.login(), "", "locked account (" + purpose + ")", "");
            return new Verification(Outcome.LOCKED, 0, user.lockedUntil());
        }
        PinHash stored = users.pinHash(user.id()).orElseThrow(() -> new IllegalStateException("user " + user.login() + " has no PIN"));
        if (hasher.matches(pin, stored)) {
            if (user.failedPinAttempts() > 0 || user.lockedUntil().isPresent()) {
                users.updateFailedAttempts(user.id(), 0, Optional.empty());
            }
            return new Verification(Outcome.ACCEPTED, MAX_ATTEMPTS, Optional.empty());
        }
        int attempts = users.countWrongPin(user.id());
        if (attempts >= MAX_ATTEMPTS) {
            Instant until = now.plus(LOCKOUT);
            users.updateFailedAttempts(user.id(), attempts, Optional.of(until));
            auditor.record(user, AuditActions.ACCOUNT_LOCKED, AuditActions.ENTITY_USER, user.login(),
                    "", "locked until " + until + " after " + attempts + " wrong PINs (" + purpose + ")", "");
            return new Verification(Outcome.LOCKED, 0, Optional.of(until));
        }
        users.updateFailedAttempts(user.id(), attempts, Optional.empty());
        auditor.record(user, AuditActions.PIN_REJECTED, AuditActions.ENTITY_USER, user.login(),
                "", "wrong PIN " + attempts + " of " + MAX_ATTEMPTS + " (" + purpose + ")", "");
        return new Verification(Outcome.WRONG_PIN, MAX_ATTEMPTS - attempts, Optional.empty());
    }
}
