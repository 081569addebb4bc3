package org.layerpress.ui.access;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.layerpress.application.users.FirstAdminSetupUseCase;
import org.layerpress.application.users.SetupFirstAdminCommand;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.User;
import org.layerpress.domain.user.UserNames;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * First start on an empty database: there are no default credentials, so the person at the screen
 * creates the first Admin (login and full name by keyboard, the one place free text is unavoidable;
 * the PIN twice on the pad).
 */
public final class SetupViewModel extends PinScreenModel {

    private static final String FIRST_PROMPT = "Choose the Admin's PIN: " + Pin.MIN_DIGITS + " to " + Pin.MAX_DIGITS + " digits.";
    private static final String AGAIN_PROMPT = "Enter the same PIN again.";

    private final FirstAdminSetupUseCase setup;
    private final Consumer<User> onCreated;
    private final StringProperty login = new SimpleStringProperty(this, "login", "");
    private final StringProperty fullName = new SimpleStringProperty(this, "fullName", "");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(this, "prompt", FIRST_PROMPT);
    private Pin first;

    public SetupViewModel(FirstAdminSetupUseCase setup, UseCaseRunner runner, Consumer<User> onCreated) {
        super(runner);
        this.setup = Objects.requireNonNull(setup, "setup");
        this.onCreated = Objects.requireNonNull(onCreated, "onCreated");
    }

    /** OK on the PIN pad: remembers the first PIN, or creates the Admin after the second. */
    public void submit() {
        if (!pinReady()) {
            return;
        }
        if (first == null) {
            try {
                UserNames.login(login.get());
                UserNames.fullName(fullName.get());
            } catch (IllegalArgumentException e) {
                getPin().clear();
                say(Message.warning(capitalized(e.getMessage()) + "."));
                return;
            }
            first = getPin().take();
            prompt.set(AGAIN_PROMPT);
            say(Message.NONE);
            return;
        }
        Pin again = getPin().take();
        SetupFirstAdminCommand command;
        try {
            command = new SetupFirstAdminCommand(login.get(), fullName.get(), first, again);
        } catch (IllegalArgumentException e) {
            startOver(capitalized(e.getMessage()) + ".");
            return;
        } finally {
            again.wipe();
        }
        check("Creating the Admin\u2026", () -> setup.setUp(command), admin -> {
            forgetPin();
            onCreated.accept(admin);
        }, why -> startOver(capitalized(why) + "."));
    }

    /** Back to the first PIN. */
    public void startOver(String why) {
        forgetPin();
        prompt.set(FIRST_PROMPT);
        say(why.isBlank() ? Message.NONE : Message.warning(why + " Choose the PIN again."));
    }

    private void forgetPin() {
        if (first != null) {
            first.wipe();
        }
        first = null;
        getPin().clear();
    }

    private static String capitalized(String s) {
        return s == null || s.isEmpty() ? "Failed" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public StringProperty loginProperty() {
        return login;
    }

    public String getLogin() {
        return login.get();
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public String getFullName() {
        return fullName.get();
    }

    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    public String getPrompt() {
        return prompt.get();
    }
}
