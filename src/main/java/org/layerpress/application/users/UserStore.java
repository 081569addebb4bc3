package org.layerpress.application.users;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** Stores the running count of wrong PINs and, after too many, the end of the lockout. */
    void updateFailedAttempts(long userId, int attempts, Optional<Instant> lockedUntil);
}
