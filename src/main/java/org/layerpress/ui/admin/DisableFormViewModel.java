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
import org.layerpress.ui.controls.ReasonEntry;

/** The Disable form: what disabling means for the selected user, a reason, and hold-to-confirm. Users are never deleted. */
public final class DisableFormViewModel {

    private final UserAdministrationUseCase users;
    private final Session session;
    private final UsersScreenCalls calls;
    private final ObservableValue<UserRow> selected;
    private final BiConsumer<User, String> onChanged;
    private final ReasonEntry reason = new ReasonEntry(UsersViewModel.REASONS);
    private final StringBinding reasonText = reason.shownAs("Reason", "Reason");
    private final StringBinding disableText;
    private final BooleanBinding disableAllowed;

    DisableFormViewModel(UserAdministrationUseCase users, Session session, UsersScreenCalls calls, ObservableValue<UserRow> selected,
                         BiConsumer<User, String> onChanged) {
        this.users = users;
        this.session = session;
        this.calls = calls;
        this.selected = selected;
        this.onChanged = onChanged;
        disableText = Bindings.createStringBinding(() -> {
            UserRow u = selected.getValue();
            if (u == null) {
                return "";
            }
            return u.user().active()
                    ? "Disabling " + u.login() + " stops every login and signature by them. Their records and signatures stay; users are never deleted."
                    : u.login() + " is already disabled.";
        }, selected);
        disableAllowed = Bindings.createBooleanBinding(() -> selected.getValue() != null && selected.getValue().user().active() && !calls.isBusy(),
                selected, calls.busyProperty());
    }

    void open() {
        reason.clear();
    }

    public void disable() {
        UserRow target = selected.getValue();
        if (target == null) {
            return;
        }
        String why = reason.reason();
        calls.change(() -> users.disable(session, new UserCommands.DisableUser(target.id(), why)),
                u -> onChanged.accept(u, u.login() + " is disabled. Their records and signatures stay."));
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
