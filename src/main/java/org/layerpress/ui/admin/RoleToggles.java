package org.layerpress.ui.admin;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.layerpress.domain.user.Role;

/** One on/off toggle per role, as the roles form and the new-user form show them. */
final class RoleToggles {

    private final Map<Role, BooleanProperty> on = new EnumMap<>(Role.class);

    RoleToggles() {
        for (Role r : Role.values()) {
            on.put(r, new SimpleBooleanProperty(this, r.name()));
        }
    }

    BooleanProperty property(Role role) {
        return on.get(role);
    }

    void set(Set<Role> roles) {
        on.forEach((role, toggle) -> toggle.set(roles.contains(role)));
    }

    Set<Role> chosen() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        on.forEach((role, toggle) -> {
            if (toggle.get()) {
                chosen.add(role);
            }
        });
        return chosen;
    }
}
