package org.layerpress.application.users;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.layerpress.domain.user.Language;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;

/** Users of the station. Called inside {@code Transactions.inTransaction}; users are never deleted. */
public interface UserStore {

    /** Inserts and returns the new user's id. */
    long insert(NewUser user, PinHash pin);

    Optional<User> byId(long id);

    Optional<User> byLogin(String login);

    Optional<User> byBadge(String badgeId);

    /** Every user, active and disabled, ordered by full name. */
    List<User> all();

    long count();

    Optional<PinHash> pinHash(long userId);

    void updatePin(long userId, PinHash pin, boolean mustChange);

    void updateRoles(long userId, Set<Role> roles);

    void updateActive(long userId, boolean active);

    /** Logins adopted from the site's user home at least once (docs/central.md): the users managed centrally. */
    Set<String> centrallyManaged();

    /** The printed name and badge, as adopted from the site's user home (docs/central.md). */
    void updateIdentity(long userId, String fullName, Optional<String> badgeId);

    /** Remembers the language the person's screens are shown in. */
    void updateLanguage(long userId, Language language);

    /**
     * Reads the user and locks their row until the transaction ends, so PIN checks of one person run
     * one after the other: each sees the count and lockout the one before it left.
     */
    Optional<User> byIdLocked(long id);

    /**
     * Counts one more wrong PIN in the database itself ({@code failed_pin_attempts + 1}; a lockout that
     * has run out starts a fresh count of 1) and returns the new count.
     */
    int countWrongPin(long userId);

    /** Stores the running count of wrong PINs and, after too many, the end of the lockout. */
    void updateFailedAttempts(long userId, int attempts, Optional<Instant> lockedUntil);
}
