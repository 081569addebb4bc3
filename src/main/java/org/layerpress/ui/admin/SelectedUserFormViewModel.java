package org.layerpress.ui.admin;

import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserAdministrationUseCase;
import org.layerpress.domain.user.User;
import org.layerpress.ui.controls.ScreenCalls;

/**
 * A reasoned change to the user selected in the list (roles, PIN reset, disable): nothing happens
 * without a selection, the change runs as the screen's one call at a time, and the changed user goes
 * back to the screen with the outcome in words.
 */
public abstract class SelectedUserFormViewModel extends ReasonFormViewModel {

    final UserAdministrationUseCase users;
    final Session session;
    private final ScreenCalls calls;
    private final ObservableValue<UserRow> selected;
    private final BiConsumer<User, String> onChanged;

    SelectedUserFormViewModel(UserAdministrationUseCase users, Session session, ScreenCalls calls, ObservableValue<UserRow> selected,
                              BiConsumer<User, String> onChanged) {
        this.users = users;
        this.session = session;
        this.calls = calls;
        this.selected = selected;
        this.onChanged = onChanged;
    }

    /** The selected user, or null. */
    final ObservableValue<UserRow> selection() {
        return selected;
    }

    final ScreenCalls calls() {
        return calls;
    }

    /**
     * Runs {@code change} for the selected user with the reason as given now (both read on the FX
     * thread, the call in the background); {@code said} words the outcome for the screen.
     */
    final void changeSelected(BiFunction<UserRow, String, Callable<User>> change, Function<User, String> said) {
        UserRow target = selected.getValue();
        if (target == null) {
            return;
        }
        calls.change(change.apply(target, reason().reason()), u -> onChanged.accept(u, said.apply(u)));
    }
}
