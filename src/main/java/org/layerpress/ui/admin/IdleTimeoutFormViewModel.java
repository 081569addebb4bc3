package org.layerpress.ui.admin;

import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.StationSettingsUseCase;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.fx.Words;

/** The Idle timeout form (whole station): minutes by − and + within the use case's bounds, a reason, Save. */
public final class IdleTimeoutFormViewModel extends ReasonFormViewModel {

    private final StationSettingsUseCase settings;
    private final Session session;
    private final ScreenCalls calls;
    private final Consumer<String> onSaved;
    private final ReadOnlyIntegerWrapper minutes = new ReadOnlyIntegerWrapper(this, "minutes", 5);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text");

    IdleTimeoutFormViewModel(StationSettingsUseCase settings, Session session, ScreenCalls calls, Consumer<String> onSaved) {
        this.settings = settings;
        this.session = session;
        this.calls = calls;
        this.onSaved = onSaved;
        text.bind(minutes.map(m -> Words.format("users.idle.minutes", String.valueOf(m))));
    }

    /** Shows the timeout as it is now. */
    void open() {
        reason().clear();
        calls.change(settings::idleTimeout, d -> minutes.set((int) d.toMinutes()));
    }

    public void increment() {
        minutes.set((int) Math.min(StationSettingsUseCase.MAX_IDLE.toMinutes(), minutes.get() + 1));
    }

    public void decrement() {
        minutes.set((int) Math.max(StationSettingsUseCase.MIN_IDLE.toMinutes(), minutes.get() - 1));
    }

    public void save() {
        int chosen = minutes.get();
        String why = reason().reason();
        calls.change(() -> {
            settings.setIdleTimeout(session, Duration.ofMinutes(chosen), why);
            return chosen;
        }, m -> onSaved.accept(Words.format("users.idle.saved", String.valueOf(m))));
    }

    public ReadOnlyIntegerProperty minutesProperty() {
        return minutes.getReadOnlyProperty();
    }

    public int getMinutes() {
        return minutes.get();
    }

    /** "10 min" */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }
}
