package org.layerpress.ui.access;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.layerpress.domain.user.Pin;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.PinEntry;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * What every PIN screen's view model shares (setup, login, new PIN, leaving kiosk mode): the PIN
 * pad's entry, one notice in words, and how a typed PIN is checked: the pad is busy while a use case
 * runs in the background, the PINs are wiped whatever it answers, and the answer comes back on the
 * FX thread.
 */
public abstract class PinScreenModel {

    private final UseCaseRunner runner;
    private final PinEntry pin = new PinEntry();
    private final ReadOnlyObjectWrapper<Message> notice = new ReadOnlyObjectWrapper<>(this, "notice", Message.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    protected PinScreenModel(UseCaseRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** A whole PIN is typed and nothing is being checked: OK may go on. */
    protected final boolean pinReady() {
        return !busy.get() && pin.isComplete();
    }

    /**
     * Runs {@code check} in the background with {@code checking} shown ("Checking the PIN…") and the
     * pad disabled; then wipes {@code typed} and hands the answer to {@code done}, or a failure's
     * message to {@code failed}.
     */
    protected final <T> void check(String checking, Callable<T> check, Consumer<? super T> done, Consumer<String> failed, Pin... typed) {
        busy.set(true);
        say(Message.info(checking));
        runner.runCatching(() -> {
            try {
                return check.call();
            } finally {
                for (Pin p : typed) {
                    p.wipe();
                }
            }
        }, answer -> {
            busy.set(false);
            done.accept(answer);
        }, e -> {
            busy.set(false);
            failed.accept(e.getMessage());
        });
    }

    /** Runs {@code read} in the background (no PIN involved, the pad stays as it is). */
    protected final <T> void read(Callable<T> read, Consumer<? super T> done, Consumer<String> failed) {
        runner.runCatching(read, done, e -> failed.accept(e.getMessage()));
    }

    protected final void say(Message shown) {
        notice.set(shown);
    }

    public final PinEntry getPin() {
        return pin;
    }

    public final ReadOnlyObjectProperty<Message> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public final Message getNotice() {
        return notice.get();
    }

    public final ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public final boolean isBusy() {
        return busy.get();
    }
}
