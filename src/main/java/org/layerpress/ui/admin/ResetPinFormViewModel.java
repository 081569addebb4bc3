package org.layerpress.ui.admin;

import java.util.function.BiConsumer;
import javafx.beans.value.ObservableValue;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserAdministrationUseCase;
import org.layerpress.application.users.UserCommands;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.User;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.fx.Words;

/** The Reset PIN form: a temporary PIN for the selected user (typed or random), a reason, Reset; they must change it at login. */
public final class ResetPinFormViewModel extends SelectedUserFormViewModel {

    private final TemporaryPin temporaryPin = new TemporaryPin();

    ResetPinFormViewModel(UserAdministrationUseCase users, Session session, ScreenCalls calls, ObservableValue<UserRow> selected,
                          BiConsumer<User, String> onChanged) {
        super(users, session, calls, selected, onChanged);
    }

    void open() {
        temporaryPin.clear();
        reason().clear();
    }

    public void reset() {
        String digits = temporaryPin.getDigits();
        changeSelected((target, why) -> () -> users.resetPin(session, new UserCommands.ResetPin(target.id(), Pin.of(digits), why)),
                u -> Words.format("users.pinReset", u.login()));
    }

    public TemporaryPin getTemporaryPin() {
        return temporaryPin;
    }
}
