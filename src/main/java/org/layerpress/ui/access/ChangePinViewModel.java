package org.layerpress.ui.access;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.users.ChangePinUseCase;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Pin;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.PinEntry;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * Choosing a new PIN, asked right after a login on a temporary PIN (an Admin's reset) and before
 * anything else: the current PIN, the new one, the new one again, all on one PIN pad. The only way
 * past it is to change the PIN or log out.
 */
public final class ChangePinViewModel {

    public enum Step {
        CURRENT("Enter your current PIN (the one you just used)."),
        NEW("Choose a new PIN: " + Pin.MIN_DIGITS + " to " + Pin.MAX_DIGITS + " digits."),
        CONFIRM("Enter the new PIN again.");

        private final String prompt;

        Step(String prompt) {
            this.prompt = prompt;
        }

        public String prompt() {
            return prompt;
        }
    }

    private final Session session;
    private final ChangePinUseCase changePin;
    private final UseCaseRunner runner;
    private final Runnable onChanged;
    private final Runnable onLogout;
    private final PinEntry pin = new PinEntry();
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.CURRENT);
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(this, "prompt", Step.CURRENT.prompt());
    private final ReadOnlyObjectWrapper<Message> notice = new ReadOnlyObjectWrapper<>(this, "notice", Message.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Pin current;
    private Pin next;

    public ChangePinViewModel(Session session, ChangePinUseCase changePin, UseCaseRunner runner, Runnable onChanged, Runnable onLogout) {
        this.session = Objects.requireNonNull(session, "session");
        this.changePin = Objects.requireNonNull(changePin, "changePin");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.onChanged = Objects.requireNonNull(onChanged, "onChanged");
        this.onLogout = Objects.requireNonNull(onLogout, "onLogout");
        notice.set(Message.warning("Your PIN was reset by an Admin. Choose your own PIN before you go on."));
    }

    /** OK on the PIN pad: the next step, or the change itself after the confirmation. */
    public void submit() {
        if (busy.get() || !pin.isComplete()) {
            return;
        }
        switch (step.get()) {
            case CURRENT -> {
                current = pin.take();
                go(Step.NEW);
            }
            case NEW -> {
                next = pin.take();
                go(Step.CONFIRM);
            }
            case CONFIRM -> change(pin.take());
        }
    }

    private void change(Pin confirmation) {
        Pin cur = current;
        Pin nxt = next;
        busy.set(true);
        notice.set(Message.info("Saving the new PIN\u2026"));
        runner.runCatching(() -> {
            try {
                return changePin.change(session, cur, nxt, confirmation);
            } finally {
                confirmation.wipe();
            }
        }, refusal -> {
            busy.set(false);
            if (refusal == null) {
                wipe();
                notice.set(Message.info("PIN changed."));
                onChanged.run();
            } else {
                startOver(refusal);
            }
        }, e -> {
            busy.set(false);
            startOver(e.getMessage());
        });
    }

    private void startOver(String why) {
        wipe();
        go(Step.CURRENT);
        notice.set(Message.warning(why + " Start again with your current PIN."));
    }

    private void go(Step s) {
        step.set(s);
        prompt.set(s.prompt());
        if (s != Step.CURRENT) {
            notice.set(Message.NONE);
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
        pin.clear();
    }

    /** Log out instead: the session cannot be used until the PIN is changed. */
    public void logout() {
        wipe();
        onLogout.run();
    }

    public String getFullName() {
        return session.user().fullName();
    }

    public PinEntry getPin() {
        return pin;
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
