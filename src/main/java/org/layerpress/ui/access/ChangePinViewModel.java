package org.layerpress.ui.access;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.users.ChangePinUseCase;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Pin;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * Choosing a new PIN, asked right after a login on a temporary PIN (an Admin's reset) and before
 * anything else: the current PIN, the new one, the new one again, all on one PIN pad. The only way
 * past it is to change the PIN or log out.
 */
public final class ChangePinViewModel extends PinScreenModel {

    public enum Step {
        CURRENT, NEW, CONFIRM;

        /** What the pad asks for, in the person's language ({@code pin.step.*}). */
        public String prompt() {
            return Words.format("pin.step." + name(), String.valueOf(Pin.MIN_DIGITS), String.valueOf(Pin.MAX_DIGITS));
        }
    }

    private final Session session;
    private final ChangePinUseCase changePin;
    private final Runnable onChanged;
    private final Runnable onLogout;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.CURRENT);
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(this, "prompt", Step.CURRENT.prompt());
    private Pin current;
    private Pin next;

    public ChangePinViewModel(Session session, ChangePinUseCase changePin, UseCaseRunner runner, Runnable onChanged, Runnable onLogout) {
        super(runner);
        this.session = Objects.requireNonNull(session, "session");
        this.changePin = Objects.requireNonNull(changePin, "changePin");
        this.onChanged = Objects.requireNonNull(onChanged, "onChanged");
        this.onLogout = Objects.requireNonNull(onLogout, "onLogout");
        say(Message.warning(Words.get("pin.wasReset")));
    }

    /** OK on the PIN pad: the next step, or the change itself after the confirmation. */
    public void submit() {
        if (!pinReady()) {
            return;
        }
        switch (step.get()) {
            case CURRENT -> {
                current = getPin().take();
                go(Step.NEW);
            }
            case NEW -> {
                next = getPin().take();
                go(Step.CONFIRM);
            }
            case CONFIRM -> change(getPin().take());
        }
    }

    private void change(Pin confirmation) {
        Pin cur = current;
        Pin nxt = next;
        check(Words.get("pin.saving"), () -> changePin.change(session, cur, nxt, confirmation), refusal -> {
            if (refusal == null) {
                wipe();
                say(Message.info("PIN changed."));
                onChanged.run();
            } else {
                startOver(refusal);
            }
        }, this::startOver, confirmation);
    }

    private void startOver(String why) {
        wipe();
        go(Step.CURRENT);
        say(Message.warning(why + " Start again with your current PIN."));
    }

    private void go(Step s) {
        step.set(s);
        prompt.set(s.prompt());
        if (s != Step.CURRENT) {
            say(Message.NONE);
        }
    }

    private void wipe() {
        if (current != null) {
            current.wipe();
        }
        if (next != null) {
            next.wipe();
        }
        current = null;
        next = null;
        getPin().clear();
    }

    /** Log out instead: the session cannot be used until the PIN is changed. */
    public void logout() {
        wipe();
        onLogout.run();
    }

    public String getFullName() {
        return session.user().fullName();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public Step getStep() {
        return step.get();
    }

    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    public String getPrompt() {
        return prompt.get();
    }
}
