package org.layerpress.ui.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserAdministrationUseCase;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.ScreenCalls;

/** The user list on the left of the user screen: every user as a {@link UserRow}, and the one selected. */
public final class UserListViewModel {

    private final UserAdministrationUseCase users;
    private final Session session;
    private final ScreenCalls calls;
    private final Clock clock;
    private final ObservableList<UserRow> rows = FXCollections.observableArrayList();
    private final ObservableList<UserRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<UserRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(this, "refused");

    UserListViewModel(UserAdministrationUseCase users, Session session, ScreenCalls calls, Clock clock) {
        this.users = users;
        this.session = session;
        this.calls = calls;
        this.clock = clock;
    }

    /** Reads the list again, keeping the selected user (or selecting {@code select}); refused unless the session may manage users. */
    void reload(Optional<Long> select) {
        calls.call(() -> users.list(session), list -> {
            Instant now = clock.instant();
            rows.setAll(list.stream().map(u -> UserRow.of(u, now)).toList());
            long id = select.orElse(selected.get() == null ? -1 : selected.get().id());
            selected.set(rows.stream().filter(r -> r.id() == id).findFirst().orElse(null));
            refused.set(false);
        }, words -> {
            refused.set(true);
            rows.clear();
            calls.say(Message.warning(words));
        });
    }

    void select(UserRow row) {
        selected.set(row);
    }

    Optional<UserRow> byLogin(String login) {
        return rows.stream().filter(r -> r.login().equals(login)).findFirst();
    }

    public ObservableList<UserRow> users() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<UserRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public UserRow getSelected() {
        return selected.get();
    }

    /** True when the list was refused: the session may not manage users. */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    public boolean isRefused() {
        return refused.get();
    }
}
