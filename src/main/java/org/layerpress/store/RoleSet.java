package org.layerpress.store;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.layerpress.domain.user.Role;

/**
 * A user's roles as one column value, e.g. {@code "QA,ADMIN"} (declaration order). A user holds
 * at most four roles and they are always read together, so a child table would buy nothing.
 */
final class RoleSet {

    private RoleSet() {
    }

    static String format(Set<Role> roles) {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles).stream()
                .map(Role::name).collect(Collectors.joining(","));
    }

    static Set<Role> parse(String column) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (column != null && !column.isBlank()) {
            for (String name : column.split(",")) {
                try {
                    roles.add(Role.valueOf(name.strip()));
                } catch (IllegalArgumentException e) {
                    throw new StoreException("the users table names an unknown role '" + name + "' (written by another LayerPress version?)", e);
                }
            }
        }
        return roles;
    }
}
