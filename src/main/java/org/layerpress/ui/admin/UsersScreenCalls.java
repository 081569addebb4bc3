package org.layerpress.ui.admin;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * The user screen's use-case calls, shared by its forms: one change at a time (a second tap while
 * one runs is ignored), and one message line for the whole screen, where outcomes and the use
 * cases' refusals (in their words) appear.
 */
final class UsersScreenCalls {

    private final UseCaseRunner runner;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(this, "message", Message.NONE);

    UsersScreenCalls(UseCaseRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** A change (or a read a form needs before a change): ignored while another runs; a refusal is said as a warning. */
    <T> void change(Callable<T> work, Consumer<T> onDone) {
        if (busy.get()) {
            return;
        }
        read(work, onDone, words -> { });
    }

    /** A read that must happen even while a change runs (the list after it); a refusal is said, then {@code onRefused} runs. */
    <T> void read(Callable<T> work, Consumer<T> onDone, Consumer<String> onRefused) {
        busy.set(true);
        runner.run(work, result -> {
            busy.set(false);
            onDone.accept(result);
        }, words -> {
            busy.set(false);
            onRefused.accept(words);
            say(Message.warning(words));
        });
    }

    void say(Message shown) {
        message.set(shown);
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    boolean isBusy() {
        return busy.get();
    }

    ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
