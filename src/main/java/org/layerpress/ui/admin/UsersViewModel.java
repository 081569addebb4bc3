package org.layerpress.ui.admin;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.StationServices;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserPublishUseCase;
import org.layerpress.domain.user.User;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * The Admin's user screen: the user list, and one form at a time ({@link Mode}), each with its own
 * view model: assign roles, reset a PIN, disable (never delete), create a user, set the idle timeout or
 * the station's language
 * (as JabRef's preferences dialog holds one view model per tab). Every change carries a reason picked
 * from {@link #REASONS} (plus optional details); the use cases check permissions and rules, and
 * their refusals come back as the screen's one {@link #messageProperty() message}.
 */
public final class UsersViewModel {

    /** One form on the screen at a time. */
    public enum Mode { NONE, ROLES, RESET_PIN, DISABLE, CREATE, IDLE_TIMEOUT, STATION_LANGUAGE }

    public static final List<String> REASONS = List.of("Joined the team", "Role change requested by supervisor",
            "Forgotten PIN", "Left the team", ReasonEntry.OTHER);

    private final ScreenCalls calls;
    private final UserListViewModel list;
    private final RolesFormViewModel rolesForm;
    private final ResetPinFormViewModel resetPinForm;
    private final DisableFormViewModel disableForm;
    private final CreateUserFormViewModel createForm;
    private final IdleTimeoutFormViewModel idleForm;
    private final StationLanguageFormViewModel languageForm;
    /** The selected user's tabs: hidden while a station-wide form is open. */
    private final ReadOnlyBooleanWrapper userTabsShown = new ReadOnlyBooleanWrapper(this, "userTabsShown");
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.NONE);
    private final Map<Mode, ReadOnlyBooleanWrapper> modeFlags = new EnumMap<>(Mode.class);
    private final ReadOnlyStringWrapper selectedTitle = new ReadOnlyStringWrapper(this, "selectedTitle", "");
    private final ReadOnlyBooleanWrapper userSelected = new ReadOnlyBooleanWrapper(this, "userSelected");
    /** Which users the site's user home manages, in a short line; empty when none. */
    private final ReadOnlyStringWrapper centralLine = new ReadOnlyStringWrapper(this, "centralLine", "");
    private final ReadOnlyBooleanWrapper centrallyManaged = new ReadOnlyBooleanWrapper(this, "centrallyManaged");
    private final Runnable readCentral;
    private final PublishUsersViewModel publishForm;

    public UsersViewModel(StationServices services, Session session, UseCaseRunner runner, Clock clock) {
        this(services, session, runner, clock, Optional.empty());
    }

    /** @param publish publishing the people to every station, on a station started with {@code --central} only */
    public UsersViewModel(StationServices services, Session session, UseCaseRunner runner, Clock clock, Optional<UserPublishUseCase> publish) {
        calls = new ScreenCalls(runner);
        publishForm = new PublishUsersViewModel(publish, session, calls);
        list = new UserListViewModel(services.userAdministration(), session, calls, clock);
        rolesForm = new RolesFormViewModel(services.userAdministration(), session, calls, list.selectedProperty(), this::changed);
        resetPinForm = new ResetPinFormViewModel(services.userAdministration(), session, calls, list.selectedProperty(), this::changed);
        disableForm = new DisableFormViewModel(services.userAdministration(), session, calls, list.selectedProperty(), this::changed);
        createForm = new CreateUserFormViewModel(services.userAdministration(), session, calls, this::changed);
        idleForm = new IdleTimeoutFormViewModel(services.settings(), session, calls, this::stationSaved);
        languageForm = new StationLanguageFormViewModel(services.settings(), session, calls, this::stationSaved);
        for (Mode m : Mode.values()) {
            ReadOnlyBooleanWrapper flag = new ReadOnlyBooleanWrapper(this, m.name());
            flag.bind(mode.isEqualTo(m));
            modeFlags.put(m, flag);
        }
        userSelected.bind(list.selectedProperty().isNotNull());
        userTabsShown.bind(mode.isNotEqualTo(Mode.IDLE_TIMEOUT).and(mode.isNotEqualTo(Mode.STATION_LANGUAGE)));
        centrallyManaged.bind(centralLine.isNotEmpty());
        readCentral = () -> calls.call(() -> services.userAdministration().centrallyManaged(session),
                logins -> centralLine.set(logins.isEmpty() ? "" : Words.format("users.central", String.join(", ", logins))), words -> { });
        selectedTitle.bind(Bindings.createStringBinding(() -> {
            UserRow s = list.getSelected();
            return mode.get() == Mode.IDLE_TIMEOUT ? Words.get("users.idle.title")
                    : mode.get() == Mode.STATION_LANGUAGE ? Words.get("users.stationLanguage.title")
                    : s == null ? Words.get("users.pickOne") : s.fullName() + " (" + s.login() + ")";
        }, mode, list.selectedProperty()));
    }

    /** "Publish users to all stations": offered on a station with a central database to an Admin. */
    public PublishUsersViewModel getPublishForm() {
        return publishForm;
    }

    /** Reads the user list (refused unless the session may manage users). */
    public void load() {
        list.reload(Optional.empty());
        readCentral.run();
    }

    /** A user tapped in the list: their roles form opens. */
    public void select(UserRow row) {
        list.select(row);
        if (row == null) {
            show(Mode.NONE);
        } else {
            startRoles();
        }
    }

    /** Convenience for tests and scanners: selects by login. */
    public void select(String login) {
        select(list.byLogin(login).orElse(null));
    }

    public void startRoles() {
        if (list.getSelected() != null) {
            show(Mode.ROLES);
            rolesForm.open();
        }
    }

    public void startResetPin() {
        if (list.getSelected() != null) {
            show(Mode.RESET_PIN);
            resetPinForm.open();
        }
    }

    public void startDisable() {
        if (list.getSelected() != null) {
            show(Mode.DISABLE);
            disableForm.open();
        }
    }

    public void startCreate() {
        show(Mode.CREATE);
        createForm.open();
    }

    public void startIdleTimeout() {
        show(Mode.IDLE_TIMEOUT);
        idleForm.open();
    }

    public void startStationLanguage() {
        show(Mode.STATION_LANGUAGE);
        languageForm.open();
    }

    public void cancel() {
        show(Mode.NONE);
    }

    private void show(Mode next) {
        mode.set(next);
        calls.say(Message.NONE);
    }

    /** After a change: back to the list with the changed user selected, and the outcome in words. */
    private void changed(User user, String words) {
        show(Mode.NONE);
        list.reload(Optional.of(user.id()));
        calls.say(Message.outcome(words));
    }

    private void stationSaved(String words) {
        show(Mode.NONE);
        calls.say(Message.outcome(words));
    }

    // The forms, and state for the view (FXML binds ${controller.viewModel.x} and ${controller.viewModel.rolesForm.x}).

    public UserListViewModel getList() {
        return list;
    }

    public RolesFormViewModel getRolesForm() {
        return rolesForm;
    }

    public ResetPinFormViewModel getResetPinForm() {
        return resetPinForm;
    }

    public DisableFormViewModel getDisableForm() {
        return disableForm;
    }

    public CreateUserFormViewModel getCreateForm() {
        return createForm;
    }

    public IdleTimeoutFormViewModel getIdleForm() {
        return idleForm;
    }

    public StationLanguageFormViewModel getLanguageForm() {
        return languageForm;
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

    public ReadOnlyBooleanProperty languageModeProperty() {
        return modeFlags.get(Mode.STATION_LANGUAGE).getReadOnlyProperty();
    }

    public boolean isLanguageMode() {
        return mode.get() == Mode.STATION_LANGUAGE;
    }

    public ReadOnlyBooleanProperty userTabsShownProperty() {
        return userTabsShown.getReadOnlyProperty();
    }

    public boolean isUserTabsShown() {
        return userTabsShown.get();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return calls.messageProperty();
    }

    public Message getMessage() {
        return calls.messageProperty().get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return calls.busyProperty();
    }

    public boolean isBusy() {
        return calls.isBusy();
    }

    /** True when the list was refused: the session may not manage users. */
    public ReadOnlyBooleanProperty refusedProperty() {
        return list.refusedProperty();
    }

    public boolean isRefused() {
        return list.isRefused();
    }

    public ReadOnlyStringProperty centralLineProperty() {
        return centralLine.getReadOnlyProperty();
    }

    public String getCentralLine() {
        return centralLine.get();
    }

    public ReadOnlyBooleanProperty centrallyManagedProperty() {
        return centrallyManaged.getReadOnlyProperty();
    }

    public boolean isCentrallyManaged() {
        return centrallyManaged.get();
    }
}
