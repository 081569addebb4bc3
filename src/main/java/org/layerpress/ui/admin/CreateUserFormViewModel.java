package org.layerpress.ui.admin;

import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserAdministrationUseCase;
import org.layerpress.application.users.UserCommands;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;
import org.layerpress.domain.user.UserNames;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.fx.Words;

/**
 * The New user form: login and printed name (typed: administration has a keyboard at hand), an
 * optional badge (scanned), one or more roles, and a temporary PIN the new user must change at the
 * first login.
 */
public final class CreateUserFormViewModel {

    private final UserAdministrationUseCase users;
    private final Session session;
    private final ScreenCalls calls;
    private final BiConsumer<User, String> onChanged;
    private final StringProperty login = new SimpleStringProperty(this, "login", "");
    private final StringProperty fullName = new SimpleStringProperty(this, "fullName", "");
    private final StringProperty badge = new SimpleStringProperty(this, "badge", "");
    private final RoleToggles roles = new RoleToggles();
    private final TemporaryPin temporaryPin = new TemporaryPin();

    CreateUserFormViewModel(UserAdministrationUseCase users, Session session, ScreenCalls calls, BiConsumer<User, String> onChanged) {
        this.users = users;
        this.session = session;
        this.calls = calls;
        this.onChanged = onChanged;
    }

    /** An empty form. */
    void open() {
        login.set("");
        fullName.set("");
        badge.set("");
        roles.set(Set.of());
        temporaryPin.clear();
    }

    public void create() {
        String newLogin = login.get();
        String name = fullName.get();
        Optional<String> badgeId = Optional.ofNullable(badge.get());
        Set<Role> chosen = roles.chosen();
        String digits = temporaryPin.getDigits();
        calls.change(() -> {
            // Complaints in the order the form reads: login, name, roles, then the PIN.
            UserNames.login(newLogin);
            UserNames.fullName(name);
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException(Words.get("users.needsRole"));
            }
            return users.create(session, new UserCommands.CreateUser(newLogin, name, badgeId, chosen, Pin.of(digits)));
        }, u -> onChanged.accept(u, Words.format("users.created", u.login())));
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty badgeProperty() {
        return badge;
    }

    public BooleanProperty roleProperty(Role role) {
        return roles.property(role);
    }

    public TemporaryPin getTemporaryPin() {
        return temporaryPin;
    }
}
