package org.layerpress.ui.admin;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.application.calibration.CalibrationUseCase;
import org.layerpress.application.users.Session;
import org.layerpress.domain.calibration.CalibrationRecord;
import org.layerpress.domain.calibration.Instrument;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * The Supervisor's Calibration screen (docs/calibration.md#the-calibration-screen): the station's
 * instruments with the certificate in force and its state in words, and the Record calibration form
 * for the one picked. The use case checks the permission and the limits; its refusals come back as the
 * screen's one {@link #messageProperty() message}.
 */
public final class CalibrationViewModel {

    private final CalibrationUseCase calibrations;
    private final Session session;
    private final List<Instrument> instruments;
    private final ScreenCalls calls;
    private final ObservableList<CalibrationRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CalibrationRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper formMode = new ReadOnlyBooleanWrapper(this, "formMode");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(this, "refused");
    private final ReadOnlyObjectWrapper<LocalDate> today = new ReadOnlyObjectWrapper<>(this, "today");
    private final CalibrationFormViewModel form;
    private final BooleanBinding recordable = Bindings.createBooleanBinding(() -> selected.get() != null, selected);
    private final StringBinding selectedTitle = Bindings.createStringBinding(() -> selected.get() == null
            ? Words.get("calibration.pickOne") : selected.get().shownName(), selected);
    private final StringBinding selectedState = Bindings.createStringBinding(() -> selected.get() == null
            ? "" : selected.get().stateText(), selected);

    /** @param instruments the station's instruments ({@code StationInstruments.of}), in the order listed */
    public CalibrationViewModel(CalibrationUseCase calibrations, Session session, List<Instrument> instruments, UseCaseRunner runner) {
        this.calibrations = calibrations;
        this.session = session;
        this.instruments = List.copyOf(instruments);
        this.calls = new ScreenCalls(runner);
        this.form = new CalibrationFormViewModel(calibrations, session, calls, today::get,
                this::recorded);
    }

    /** Reads each instrument's state (refused unless the session may read calibrations). */
    public void load() {
        reload(null);
    }

    private void reload(Instrument select) {
        calls.call(() -> calibrations.overview(session, instruments), overview -> {
            today.set(overview.today());
            rows.setAll(overview.instruments().stream().map(c -> new CalibrationRow(c, overview.today())).toList());
            Instrument keep = select != null ? select : selected.get() == null ? null : selected.get().instrument();
            selected.set(rows.stream().filter(r -> r.instrument().equals(keep)).findFirst().orElse(null));
            refused.set(false);
        }, words -> {
            refused.set(true);
            rows.clear();
            calls.say(Message.warning(words));
        });
    }

    public void select(CalibrationRow row) {
        selected.set(row);
        formMode.set(false);
    }

    /** Opens the form over the whole area for the instrument picked. */
    public void startRecord() {
        if (selected.get() != null && today.get() != null) {
            form.open(selected.get().instrument(), today.get());
            formMode.set(true);
            calls.say(Message.NONE);
        }
    }

    public void cancel() {
        formMode.set(false);
        calls.say(Message.NONE);
    }

    /** Back to the list with the instrument selected, its new state shown, and the outcome in words. */
    private void recorded(Instrument which, CalibrationRecord added) {
        formMode.set(false);
        reload(which);
        calls.say(Message.outcome(Words.get("calibration.recorded") + " " + added.describe()));
    }

    /** Says what the form still lacks; true when it may be signed. */
    public boolean readyToSign() {
        form.missing().ifPresent(m -> calls.say(Message.warning(m)));
        return form.missing().isEmpty();
    }

    public ObservableList<CalibrationRow> getRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public CalibrationFormViewModel getForm() {
        return form;
    }

    public Session session() {
        return session;
    }

    public ReadOnlyObjectProperty<CalibrationRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public CalibrationRow getSelected() {
        return selected.get();
    }

    public ReadOnlyBooleanProperty formModeProperty() {
        return formMode.getReadOnlyProperty();
    }

    public boolean isFormMode() {
        return formMode.get();
    }

    public BooleanBinding recordableProperty() {
        return recordable;
    }

    public boolean isRecordable() {
        return recordable.get();
    }

    public StringBinding selectedTitleProperty() {
        return selectedTitle;
    }

    public String getSelectedTitle() {
        return selectedTitle.get();
    }

    public StringBinding selectedStateProperty() {
        return selectedState;
    }

    public String getSelectedState() {
        return selectedState.get();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return calls.messageProperty();
    }

    public Message getMessage() {
        return calls.getMessage();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return calls.busyProperty();
    }

    public boolean isBusy() {
        return calls.isBusy();
    }

    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    public boolean isRefused() {
        return refused.get();
    }
}
