package org.layerpress.ui.admin;

import java.util.Set;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserAdministrationUseCase;
import org.layerpress.application.users.UserCommands;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.fx.Words;

/** The Roles form: the selected user's roles as toggles, a reason, Save. */
public final class RolesFormViewModel extends SelectedUserFormViewModel {

    private final RoleToggles roles = new RoleToggles();

    RolesFormViewModel(UserAdministrationUseCase users, Session session, ScreenCalls calls, ObservableValue<UserRow> selected,
                       BiConsumer<User, String> onChanged) {
        super(users, session, calls, selected, onChanged);
    }

    /** Fresh for the selected user: their roles as they are, no reason yet. */
    void open() {
        UserRow target = selection().getValue();
        roles.set(target == null ? Set.of() : target.user().roles());
        reason().clear();
    }

    public void save() {
        Set<Role> chosen = roles.chosen();
        changeSelected((target, why) -> () -> users.assignRoles(session, new UserCommands.AssignRoles(target.id(), chosen, why)),
                u -> Words.format("users.rolesSaved", u.login(), String.join(", ", u.roles().stream().map(UserRow::word).toList())));
    }

    public BooleanProperty roleProperty(Role role) {
        return roles.property(role);
    }
}
