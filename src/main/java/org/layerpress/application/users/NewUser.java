package org.layerpress.application.users;

import java.util.Optional;
import java.util.Set;
import org.layerpress.domain.user.Role;

/** What the store needs to insert a user. */
public record NewUser(String login, String fullName, Optional<String> badgeId, Set<Role> roles, boolean pinMustChange, boolean demo) {
}
