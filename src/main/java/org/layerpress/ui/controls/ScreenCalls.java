package org.layerpress.ui.controls;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * A screen's use-case calls and its one message line: busy while a call runs (the screen disables
 * what must not be tapped twice), outcomes and the use cases' refusals, in their words, on the
 * message line. Shared by the forms of a screen, so they take turns.
 */
public final class ScreenCalls {

    private final UseCaseRunner runner;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(this, "message", Message.NONE);

    public ScreenCalls(UseCaseRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Runs {@code work} in the background, busy meanwhile; then {@code done}, or the refusal said as a warning. */
    public <T> void call(Callable<T> work, Consumer<? super T> done) {
        call(work, done, words -> say(Message.warning(words)));
    }

    /** As {@link #call(Callable, Consumer)}, but a refusal goes to {@code refused} alone (e.g. a dialog that stays open). */
    public <T> void call(Callable<T> work, Consumer<? super T> done, Consumer<String> refused) {
        busy.set(true);
        runner.run(work, result -> {
            busy.set(false);
            done.accept(result);
        }, words -> {
            busy.set(false);
            refused.accept(words);
        });
    }

    /** A change: ignored while another call runs (a second tap), else {@link #call(Callable, Consumer)}. */
    public <T> void change(Callable<T> work, Consumer<? super T> done) {
        if (!busy.get()) {
            call(work, done);
        }
    }

    public void say(Message shown) {
        message.set(shown);
    }

    public void say(String words, Severity severity) {
        say(Message.of(words, severity));
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Message getMessage() {
        return message.get();
    }
}
