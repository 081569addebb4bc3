package org.layerpress.ui.access;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.users.ExitKioskUseCase;
import org.layerpress.application.users.LoginUseCase;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.User;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.PagedList;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * Leaving kiosk mode: a Supervisor or Admin picks their name and types their PIN. The list shows
 * only those who may (for the eye); {@link ExitKioskUseCase} decides, and audits every attempt.
 */
public final class ExitKioskViewModel extends PinScreenModel {

    public static final int NAMES_PER_PAGE = 4;

    private final LoginUseCase login;
    private final ExitKioskUseCase exitKiosk;
    private final Runnable onAuthorized;
    private final Runnable onCancel;
    private final PagedList<User> people = new PagedList<>(NAMES_PER_PAGE);
    private final ReadOnlyStringWrapper who = new ReadOnlyStringWrapper(this, "who", "");
    private final ReadOnlyBooleanWrapper picked = new ReadOnlyBooleanWrapper(this, "picked");
    private String chosenLogin;

    public ExitKioskViewModel(LoginUseCase login, ExitKioskUseCase exitKiosk, UseCaseRunner runner, Runnable onAuthorized, Runnable onCancel) {
        super(runner);
        this.login = Objects.requireNonNull(login, "login");
        this.exitKiosk = Objects.requireNonNull(exitKiosk, "exitKiosk");
        this.onAuthorized = Objects.requireNonNull(onAuthorized, "onAuthorized");
        this.onCancel = Objects.requireNonNull(onCancel, "onCancel");
    }

    /** Fresh state and the current list of Supervisors and Admins. */
    public void open() {
        chosenLogin = null;
        getPin().clear();
        who.set("");
        picked.set(false);
        say(Message.info("Closing the HMI needs a Supervisor or an Admin. Tap your name, then your PIN."));
        read(() -> login.loginChoices().stream().filter(u -> u.has(Permission.EXIT_KIOSK)).toList(),
                (List<User> list) -> people.setAll(list),
                why -> say(Message.warning("Cannot read the users: " + why)));
    }

    public void pick(User user) {
        chosenLogin = user.login();
        who.set(user.fullName());
        picked.set(true);
        getPin().clear();
        say(Message.info(user.fullName() + ": enter your PIN, then OK."));
    }

    public void submit() {
        if (chosenLogin == null || !pinReady()) {
            return;
        }
        Pin typed = getPin().take();
        String person = chosenLogin;
        check("Checking the PIN\u2026", () -> exitKiosk.authorize(person, typed), refusal -> {
            if (refusal == null) {
                onAuthorized.run();
            } else {
                say(Message.warning(refusal));
            }
        }, why -> say(Message.warning(why)), typed);
    }

    public void cancel() {
        chosenLogin = null;
        getPin().clear();
        onCancel.run();
    }

    public PagedList<User> getPeople() {
        return people;
    }

    public ReadOnlyStringProperty whoProperty() {
        return who.getReadOnlyProperty();
    }

    public String getWho() {
        return who.get();
    }

    /** A name was picked: the PIN pad is live. */
    public ReadOnlyBooleanProperty pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    public boolean isPicked() {
        return picked.get();
    }
}
