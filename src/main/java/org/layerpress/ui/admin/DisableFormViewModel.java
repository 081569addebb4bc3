package org.layerpress.ui.admin;

import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserAdministrationUseCase;
import org.layerpress.application.users.UserCommands;
import org.layerpress.domain.user.User;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.fx.Words;

/** The Disable form: what disabling means for the selected user, a reason, and hold-to-confirm. Users are never deleted. */
public final class DisableFormViewModel extends SelectedUserFormViewModel {

    private final StringBinding disableText;
    private final BooleanBinding disableAllowed;

    DisableFormViewModel(UserAdministrationUseCase users, Session session, ScreenCalls calls, ObservableValue<UserRow> selected,
                         BiConsumer<User, String> onChanged) {
        super(users, session, calls, selected, onChanged);
        disableText = Bindings.createStringBinding(() -> {
            UserRow u = selected.getValue();
            if (u == null) {
                return "";
            }
            return u.user().active()
                    ? Words.format("users.disable.text", u.login())
                    : Words.format("users.disable.already", u.login());
        }, selected);
        disableAllowed = Bindings.createBooleanBinding(() -> selected.getValue() != null && selected.getValue().user().active() && !calls.isBusy(),
                selected, calls.busyProperty());
    }

    void open() {
        reason().clear();
    }

    public void disable() {
        changeSelected((target, why) -> () -> users.disable(session, new UserCommands.DisableUser(target.id(), why)),
                u -> Words.format("users.disabled", u.login()));
    }

    public StringBinding disableTextProperty() {
        return disableText;
    }

    public String getDisableText() {
        return disableText.get();
    }

    /** An active user is selected and nothing else runs: the hold button works. */
    public BooleanBinding disableAllowedProperty() {
        return disableAllowed;
    }

    public boolean isDisableAllowed() {
        return disableAllowed.get();
    }
}
