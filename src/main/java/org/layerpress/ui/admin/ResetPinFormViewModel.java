package org.layerpress.ui.admin;

import java.util.function.BiConsumer;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserAdministrationUseCase;
import org.layerpress.application.users.UserCommands;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.User;
import org.layerpress.ui.controls.ReasonEntry;

/** The Reset PIN form: a temporary PIN for the selected user (typed or random), a reason, Reset; they must change it at login. */
public final class ResetPinFormViewModel {

    private final UserAdministrationUseCase users;
    private final Session session;
    private final UsersScreenCalls calls;
    private final ObservableValue<UserRow> selected;
    private final BiConsumer<User, String> onChanged;
    private final TemporaryPin temporaryPin = new TemporaryPin();
    private final ReasonEntry reason = new ReasonEntry(UsersViewModel.REASONS);
    private final StringBinding reasonText = reason.shownAs("Reason", "Reason");

    ResetPinFormViewModel(UserAdministrationUseCase users, Session session, UsersScreenCalls calls, ObservableValue<UserRow> selected,
                          BiConsumer<User, String> onChanged) {
        this.users = users;
        this.session = session;
        this.calls = calls;
        this.selected = selected;
        this.onChanged = onChanged;
    }

    void open() {
        temporaryPin.clear();
        reason.clear();
    }

    public void reset() {
        UserRow target = selected.getValue();
        if (target == null) {
            return;
        }
        String digits = temporaryPin.getDigits();
        String why = reason.reason();
        calls.change(() -> users.resetPin(session, new UserCommands.ResetPin(target.id(), Pin.of(digits), why)),
                u -> onChanged.accept(u, "PIN of " + u.login() + " reset. Hand over the temporary PIN: " + u.login() + " must change it at the next login."));
    }

    public TemporaryPin getTemporaryPin() {
        return temporaryPin;
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
