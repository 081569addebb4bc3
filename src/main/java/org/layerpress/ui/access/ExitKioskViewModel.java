package org.layerpress.ui.access;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.users.ExitKioskUseCase;
import org.layerpress.application.users.LoginUseCase;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.User;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.PagedList;
import org.layerpress.ui.controls.PinEntry;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * Leaving kiosk mode: a Supervisor or Admin picks their name and types their PIN. The list shows
 * only those who may (for the eye); {@link ExitKioskUseCase} decides, and audits every attempt.
 */
public final class ExitKioskViewModel {

    public static final int NAMES_PER_PAGE = 4;

    private final LoginUseCase login;
    private final ExitKioskUseCase exitKiosk;
    private final UseCaseRunner runner;
    private final Runnable onAuthorized;
    private final Runnable onCancel;
    private final PagedList<User> people = new PagedList<>(NAMES_PER_PAGE);
    private final PinEntry pin = new PinEntry();
    private final ReadOnlyStringWrapper who = new ReadOnlyStringWrapper(this, "who", "");
    private final ReadOnlyBooleanWrapper picked = new ReadOnlyBooleanWrapper(this, "picked");
    private final ReadOnlyObjectWrapper<Message> notice = new ReadOnlyObjectWrapper<>(this, "notice", Message.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private String chosenLogin;

    public ExitKioskViewModel(LoginUseCase login, ExitKioskUseCase exitKiosk, UseCaseRunner runner, Runnable onAuthorized, Runnable onCancel) {
        this.login = Objects.requireNonNull(login, "login");
        this.exitKiosk = Objects.requireNonNull(exitKiosk, "exitKiosk");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.onAuthorized = Objects.requireNonNull(onAuthorized, "onAuthorized");
        this.onCancel = Objects.requireNonNull(onCancel, "onCancel");
    }

    /** Fresh state and the current list of Supervisors and Admins. */
    public void open() {
        chosenLogin = null;
        pin.clear();
        who.set("");
        picked.set(false);
        notice.set(Message.info("Closing the HMI needs a Supervisor or an Admin. Tap your name, then your PIN."));
        runner.runCatching(() -> login.loginChoices().stream().filter(u -> u.has(Permission.EXIT_KIOSK)).toList(),
                (List<User> list) -> people.setAll(list),
                e -> notice.set(Message.warning("Cannot read the users: " + e.getMessage())));
    }

    public void pick(User user) {
        chosenLogin = user.login();
        who.set(user.fullName());
        picked.set(true);
        pin.clear();
        notice.set(Message.info(user.fullName() + ": enter your PIN, then OK."));
    }

    public void submit() {
        if (busy.get() || chosenLogin == null || !pin.isComplete()) {
            return;
        }
        Pin typed = pin.take();
        String person = chosenLogin;
        busy.set(true);
        notice.set(Message.info("Checking the PIN\u2026"));
        runner.runCatching(() -> {
            try {
                return exitKiosk.authorize(person, typed);
            } finally {
                typed.wipe();
            }
        }, refusal -> {
            busy.set(false);
            if (refusal == null) {
                onAuthorized.run();
            } else {
                notice.set(Message.warning(refusal));
            }
        }, e -> {
            busy.set(false);
            notice.set(Message.warning(e.getMessage()));
        });
    }

    public void cancel() {
        chosenLogin = null;
        pin.clear();
        onCancel.run();
    }

    public PagedList<User> getPeople() {
        return people;
    }

    public PinEntry getPin() {
        return pin;
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

    public ReadOnlyObjectProperty<Message> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public Message getNotice() {
        return notice.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }
}
