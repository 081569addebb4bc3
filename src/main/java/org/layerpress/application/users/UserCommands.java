package org.layerpress.application.users;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.UserNames;

/** The Admin's commands on users; each validates in its constructor (after buckpal's SendMoneyCommand). */
public final class UserCommands {

    private UserCommands() {
    }

    /** A new user with a temporary PIN the Admin hands over; it must be changed at first login. */
    public record CreateUser(String login, String fullName, Optional<String> badgeId, Set<Role> roles, Pin temporaryPin) {
        public CreateUser {
            login = UserNames.login(login);
            fullName = UserNames.fullName(fullName);
            badgeId = InputLimits.BADGE_ID.accept(badgeId).filter(b -> !b.isEmpty());
            roles = requireRoles(roles);
            Objects.requireNonNull(temporaryPin, "temporaryPin");
        }
    }

    public record AssignRoles(long userId, Set<Role> roles, String reason) {
        public AssignRoles {
            roles = requireRoles(roles);
            reason = requireReason(reason);
        }
    }

    public record ResetPin(long userId, Pin temporaryPin, String reason) {
        public ResetPin {
            Objects.requireNonNull(temporaryPin, "temporaryPin");
            reason = requireReason(reason);
        }
    }

    public record DisableUser(long userId, String reason) {
        public DisableUser {
            reason = requireReason(reason);
        }
    }

    static Set<Role> requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        return EnumSet.copyOf(roles);
    }

    /** Changes to who may do what are GMP-relevant: they carry a reason (Annex 11 §9). */
    static String requireReason(String reason) {
        String why = InputLimits.REASON.accept(reason);
        if (why.length() < 3) {
            throw new IllegalArgumentException("give a reason for this change");
        }
        return why;
    }
}
