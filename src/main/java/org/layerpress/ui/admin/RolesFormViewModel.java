package org.layerpress.ui.admin;

import java.util.Set;
import java.util.function.BiConsumer;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserAdministrationUseCase;
import org.layerpress.application.users.UserCommands;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;
import org.layerpress.ui.controls.ReasonEntry;

/** The Roles form: the selected user's roles as toggles, a reason, Save. */
public final class RolesFormViewModel {

    private final UserAdministrationUseCase users;
    private final Session session;
    private final UsersScreenCalls calls;
    private final ObservableValue<UserRow> selected;
    private final BiConsumer<User, String> onChanged;
    private final RoleToggles roles = new RoleToggles();
    private final ReasonEntry reason = new ReasonEntry(UsersViewModel.REASONS);
    private final StringBinding reasonText = reason.shownAs("Reason", "Reason");

    RolesFormViewModel(UserAdministrationUseCase users, Session session, UsersScreenCalls calls, ObservableValue<UserRow> selected,
                       BiConsumer<User, String> onChanged) {
        this.users = users;
        this.session = session;
        this.calls = calls;
        this.selected = selected;
        this.onChanged = onChanged;
    }

    /** Fresh for the selected user: their roles as they are, no reason yet. */
    void open() {
        UserRow target = selected.getValue();
        roles.set(target == null ? Set.of() : target.user().roles());
        reason.clear();
    }

    public void save() {
        UserRow target = selected.getValue();
        if (target == null) {
            return;
        }
        Set<Role> chosen = roles.chosen();
        String why = reason.reason();
        calls.change(() -> users.assignRoles(session, new UserCommands.AssignRoles(target.id(), chosen, why)),
                u -> onChanged.accept(u, "Roles of " + u.login() + " saved: " + String.join(", ", u.roles().stream().map(UserRow::word).toList()) + "."));
    }

    public BooleanProperty roleProperty(Role role) {
        return roles.property(role);
    }

    public ReasonEntry reason() {
        return reason;
    }

    public StringBinding reasonTextProperty() {
        return reasonText;
    }

    public String getReasonText() {
        return reasonText.get();
    }
}
