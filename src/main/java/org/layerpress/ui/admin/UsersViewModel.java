package org.layerpress.ui.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.application.StationServices;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.StationSettingsUseCase;
import org.layerpress.application.users.UserCommands;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;
import org.layerpress.domain.user.UserNames;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * What the Admin's user screen shows and does: the user list, one selected user, and one task at a
 * time ({@link Mode}): assign roles, reset a PIN, disable (never delete), create a user, set the idle
 * timeout. Every change carries a reason picked from {@link #REASONS} (plus optional details); the use
 * cases check permissions and rules, and their refusals come back as {@link #messageProperty() words}.
 */
public final class UsersViewModel {

    /** One task on the screen at a time. */
    public enum Mode { NONE, ROLES, RESET_PIN, DISABLE, CREATE, IDLE_TIMEOUT }

    public static final String OTHER = "Other";
    public static final List<String> REASONS = List.of("Joined the team", "Role change requested by supervisor",
            "Forgotten PIN", "Left the team", OTHER);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StationServices services;
    private final Session session;
    private final UseCaseRunner runner;
    private final Clock clock;

    private final ObservableList<UserRow> users = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UserRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper selectedTitle = new ReadOnlyStringWrapper(this, "selectedTitle", "");
    private final ReadOnlyBooleanWrapper userSelected = new ReadOnlyBooleanWrapper(this, "userSelected");
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.NONE);
    private final Map<Mode, ReadOnlyBooleanWrapper> modeFlags = new EnumMap<>(Mode.class);
    private final Map<Role, BooleanProperty> roles = new EnumMap<>(Role.class);
    private final StringProperty reasonChoice = new SimpleStringProperty(this, "reasonChoice", "");
    private final StringProperty reasonDetail = new SimpleStringProperty(this, "reasonDetail", "");
    private final ReadOnlyStringWrapper reasonText = new ReadOnlyStringWrapper(this, "reasonText");
    private final StringProperty temporaryPin = new SimpleStringProperty(this, "temporaryPin", "");
    private final ReadOnlyStringWrapper temporaryPinText = new ReadOnlyStringWrapper(this, "temporaryPinText");
    private final StringProperty newLogin = new SimpleStringProperty(this, "newLogin", "");
    private final StringProperty newFullName = new SimpleStringProperty(this, "newFullName", "");
    private final StringProperty newBadge = new SimpleStringProperty(this, "newBadge", "");
    private final ReadOnlyIntegerWrapper idleMinutes = new ReadOnlyIntegerWrapper(this, "idleMinutes", 5);
    private final ReadOnlyStringWrapper idleText = new ReadOnlyStringWrapper(this, "idleText");
    private final ReadOnlyStringWrapper disableText = new ReadOnlyStringWrapper(this, "disableText", "");
    private final ReadOnlyBooleanWrapper disableAllowed = new ReadOnlyBooleanWrapper(this, "disableAllowed");
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(this, "message", Message.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(this, "refused");

    public UsersViewModel(StationServices services, Session session, UseCaseRunner runner, Clock clock) {
        this.services = services;
        this.session = session;
        this.runner = runner;
        this.clock = clock;
        for (Mode m : Mode.values()) {
            ReadOnlyBooleanWrapper flag = new ReadOnlyBooleanWrapper(this, m.name());
            flag.bind(mode.isEqualTo(m));
            modeFlags.put(m, flag);
        }
        for (Role r : Role.values()) {
            roles.put(r, new SimpleBooleanProperty(this, r.name()));
        }
        userSelected.bind(selected.isNotNull());
        selectedTitle.bind(javafx.beans.binding.Bindings.createStringBinding(() -> mode.get() == Mode.IDLE_TIMEOUT
                ? "Idle timeout (whole station)"
                : selected.get() == null ? "Pick a user from the list" : selected.get().fullName() + " (" + selected.get().login() + ")",
                mode, selected));
        reasonText.bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> reason().isEmpty() ? "Reason: tap to choose" : "Reason: " + reason(), reasonChoice, reasonDetail));
        temporaryPinText.bind(temporaryPin.map(p -> p.isEmpty() ? "Temporary PIN: \u2014" : "Temporary PIN: " + p));
        idleText.bind(idleMinutes.asString("%d min"));
        disableAllowed.bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().user().active() && !busy.get(), selected, busy));
        disableText.bind(selected.map(u -> u.user().active()
                ? "Disabling " + u.login() + " stops every login and signature by them. Their records and signatures stay; users are never deleted."
                : u.login() + " is already disabled.").orElse(""));
    }

    /** Reads the user list (refused unless the session may manage users). */
    public void load() {
        reload(Optional.empty());
    }

    private void reload(Optional<Long> keepSelected) {
        call(() -> services.userAdministration().list(session), list -> {
            Instant now = clock.instant();
            users.setAll(list.stream().map(u -> UserRow.of(u, now)).toList());
            long id = keepSelected.orElse(selected.get() == null ? -1 : selected.get().id());
            selected.set(users.stream().filter(r -> r.id() == id).findFirst().orElse(null));
            refused.set(false);
        }, false);
    }

    public void select(UserRow row) {
        selected.set(row);
        if (row == null) {
            show(Mode.NONE);
        } else {
            startRoles();
        }
    }

    /** Convenience for tests and scanners: selects by login. */
    public void select(String login) {
        select(users.stream().filter(r -> r.login().equals(login)).findFirst().orElse(null));
    }

    public void startRoles() {
        if (selected.get() != null) {
            show(Mode.ROLES);
            Set<Role> has = selected.get().user().roles();
            roles.forEach((role, on) -> on.set(has.contains(role)));
        }
    }

    public void startResetPin() {
        if (selected.get() != null) {
            show(Mode.RESET_PIN);
        }
    }

    public void startDisable() {
        if (selected.get() != null) {
            show(Mode.DISABLE);
        }
    }

    public void startCreate() {
        show(Mode.CREATE);
        newLogin.set("");
        newFullName.set("");
        newBadge.set("");
        roles.values().forEach(on -> on.set(false));
    }

    public void startIdleTimeout() {
        show(Mode.IDLE_TIMEOUT);
        call(() -> services.settings().idleTimeout(), d -> idleMinutes.set((int) d.toMinutes()), true);
    }

    public void cancel() {
        show(Mode.NONE);
    }

    private void show(Mode next) {
        mode.set(next);
        reasonChoice.set("");
        reasonDetail.set("");
        temporaryPin.set("");
        message.set(Message.NONE);
    }

    public void pickReason(String preset, String details) {
        reasonChoice.set(preset == null ? "" : preset);
        reasonDetail.set(details == null ? "" : details.strip());
    }

    /** The reason the use case gets: the preset and the details ("Other" stands only with details). */
    public String reason() {
        String preset = reasonChoice.get() == null ? "" : reasonChoice.get();
        String detail = reasonDetail.get() == null ? "" : reasonDetail.get().strip();
        if (preset.isEmpty() || OTHER.equals(preset)) {
            return detail;
        }
        return detail.isEmpty() ? preset : preset + ": " + detail;
    }

    public void generateTemporaryPin() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Pin.MIN_DIGITS; i++) {
            sb.append(RANDOM.nextInt(10));
        }
        temporaryPin.set(sb.toString());
    }

    public void incrementIdle() {
        idleMinutes.set((int) Math.min(StationSettingsUseCase.MAX_IDLE.toMinutes(), idleMinutes.get() + 1));
    }

    public void decrementIdle() {
        idleMinutes.set((int) Math.max(StationSettingsUseCase.MIN_IDLE.toMinutes(), idleMinutes.get() - 1));
    }

    public void saveRoles() {
        UserRow target = selected.get();
        if (target == null) {
            return;
        }
        Set<Role> chosen = chosenRoles();
        String why = reason();
        call(() -> services.userAdministration().assignRoles(session, new UserCommands.AssignRoles(target.id(), chosen, why)),
                u -> done(u, "Roles of " + u.login() + " saved: " + String.join(", ", UserRow.of(u, clock.instant()).roles()) + "."), true);
    }

    public void resetPin() {
        UserRow target = selected.get();
        if (target == null) {
            return;
        }
        String digits = temporaryPin.get();
        String why = reason();
        call(() -> services.userAdministration().resetPin(session, new UserCommands.ResetPin(target.id(), Pin.of(digits), why)),
                u -> done(u, "PIN of " + u.login() + " reset. Hand over the temporary PIN: " + u.login() + " must change it at the next login."), true);
    }

    public void disable() {
        UserRow target = selected.get();
        if (target == null) {
            return;
        }
        String why = reason();
        call(() -> services.userAdministration().disable(session, new UserCommands.DisableUser(target.id(), why)),
                u -> done(u, u.login() + " is disabled. Their records and signatures stay."), true);
    }

    public void create() {
        String login = newLogin.get();
        String fullName = newFullName.get();
        Optional<String> badge = Optional.ofNullable(newBadge.get());
        Set<Role> chosen = chosenRoles();
        String digits = temporaryPin.get();
        call(() -> {
                    // Complaints in the order the form reads: login, name, roles, then the PIN.
                    UserNames.login(login);
                    UserNames.fullName(fullName);
                    if (chosen.isEmpty()) {
                        throw new IllegalArgumentException("a user needs at least one role");
                    }
                    return services.userAdministration().create(session, new UserCommands.CreateUser(login, fullName, badge, chosen, Pin.of(digits)));
                },
                u -> done(u, "User " + u.login() + " created. Hand over the temporary PIN: " + u.login() + " must change it at the first login."), true);
    }

    public void saveIdleTimeout() {
        int minutes = idleMinutes.get();
        String why = reason();
        call(() -> {
            services.settings().setIdleTimeout(session, Duration.ofMinutes(minutes), why);
            return minutes;
        }, m -> {
            show(Mode.NONE);
            say("Idle timeout set to " + m + " min.", Severity.NORMAL);
        }, true);
    }

    private Set<Role> chosenRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach((role, on) -> {
            if (on.get()) {
                chosen.add(role);
            }
        });
        return chosen;
    }

    /** After a change: back to the list with the changed user selected, and the outcome in words. */
    private void done(User changed, String words) {
        show(Mode.NONE);
        reload(Optional.of(changed.id()));
        say(words, Severity.NORMAL);
    }

    private <T> void call(Callable<T> work, Consumer<T> onDone, boolean change) {
        if (change && busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(work, result -> {
            busy.set(false);
            onDone.accept(result);
        }, words -> {
            busy.set(false);
            if (!change) {
                refused.set(true);
                users.clear();
            }
            say(words, Severity.WARNING);
        });
    }

    private void say(String words, Severity severity) {
        message.set(Message.of(words, severity));
    }

    // State for the view (FXML binds ${controller.viewModel.x}).

    public ObservableList<UserRow> users() {
        return FXCollections.unmodifiableObservableList(users);
    }

    public ReadOnlyObjectProperty<UserRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public UserRow getSelected() {
        return selected.get();
    }

    public ReadOnlyStringProperty selectedTitleProperty() {
        return selectedTitle.getReadOnlyProperty();
    }

    public String getSelectedTitle() {
        return selectedTitle.get();
    }

    public ReadOnlyBooleanProperty userSelectedProperty() {
        return userSelected.getReadOnlyProperty();
    }

    public boolean isUserSelected() {
        return userSelected.get();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public Mode getMode() {
        return mode.get();
    }

    public ReadOnlyBooleanProperty noneModeProperty() {
        return modeFlags.get(Mode.NONE).getReadOnlyProperty();
    }

    public boolean isNoneMode() {
        return mode.get() == Mode.NONE;
    }

    public ReadOnlyBooleanProperty rolesModeProperty() {
        return modeFlags.get(Mode.ROLES).getReadOnlyProperty();
    }

    public boolean isRolesMode() {
        return mode.get() == Mode.ROLES;
    }

    public ReadOnlyBooleanProperty resetPinModeProperty() {
        return modeFlags.get(Mode.RESET_PIN).getReadOnlyProperty();
    }

    public boolean isResetPinMode() {
        return mode.get() == Mode.RESET_PIN;
    }

    public ReadOnlyBooleanProperty disableModeProperty() {
        return modeFlags.get(Mode.DISABLE).getReadOnlyProperty();
    }

    public boolean isDisableMode() {
        return mode.get() == Mode.DISABLE;
    }

    public ReadOnlyBooleanProperty createModeProperty() {
        return modeFlags.get(Mode.CREATE).getReadOnlyProperty();
    }

    public boolean isCreateMode() {
        return mode.get() == Mode.CREATE;
    }

    public ReadOnlyBooleanProperty idleModeProperty() {
        return modeFlags.get(Mode.IDLE_TIMEOUT).getReadOnlyProperty();
    }

    public boolean isIdleMode() {
        return mode.get() == Mode.IDLE_TIMEOUT;
    }

    /** Whether a role toggle is on (the roles form and the create form share them). */
    public BooleanProperty roleProperty(Role role) {
        return roles.get(role);
    }

    public StringProperty reasonChoiceProperty() {
        return reasonChoice;
    }

    public StringProperty reasonDetailProperty() {
        return reasonDetail;
    }

    public ReadOnlyStringProperty reasonTextProperty() {
        return reasonText.getReadOnlyProperty();
    }

    public String getReasonText() {
        return reasonText.get();
    }

    public StringProperty temporaryPinProperty() {
        return temporaryPin;
    }

    public ReadOnlyStringProperty temporaryPinTextProperty() {
        return temporaryPinText.getReadOnlyProperty();
    }

    public String getTemporaryPinText() {
        return temporaryPinText.get();
    }

    public StringProperty newLoginProperty() {
        return newLogin;
    }

    public StringProperty newFullNameProperty() {
        return newFullName;
    }

    public StringProperty newBadgeProperty() {
        return newBadge;
    }

    public ReadOnlyIntegerProperty idleMinutesProperty() {
        return idleMinutes.getReadOnlyProperty();
    }

    public int getIdleMinutes() {
        return idleMinutes.get();
    }

    public ReadOnlyStringProperty idleTextProperty() {
        return idleText.getReadOnlyProperty();
    }

    public String getIdleText() {
        return idleText.get();
    }

    public ReadOnlyStringProperty disableTextProperty() {
        return disableText.getReadOnlyProperty();
    }

    public String getDisableText() {
        return disableText.get();
    }

    public ReadOnlyBooleanProperty disableAllowedProperty() {
        return disableAllowed.getReadOnlyProperty();
    }

    public boolean isDisableAllowed() {
        return disableAllowed.get();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Message getMessage() {
        return message.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** True when the list was refused: the session may not manage users. */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    public boolean isRefused() {
        return refused.get();
    }
}
