package org.layerpress.ui.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.application.dies.DiePublishUseCase;
import org.layerpress.application.dies.DieRegistryUseCase;
import org.layerpress.application.users.Session;
import org.layerpress.domain.press.DieStatus;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * The Supervisor's die registry screen (docs/dies.md): the dies with their wear and status in words,
 * and one form at a time ({@link Mode}): add, edit, retire. The use case checks the permission and
 * the limits; its refusals come back as the screen's one {@link #messageProperty() message}.
 */
public final class DiesViewModel {

    /** One form on the screen at a time. */
    public enum Mode { NONE, ADD, EDIT, RETIRE }

    /** Why a die is changed or retired: tapped, with optional details (docs/dies.md#who-may-do-what). */
    public static final List<String> REASONS = List.of("Sent for repair", "Back from repair", "Maker's data sheet", "Worn to its rating",
            "Cracked or damaged", "Correcting an entry", ReasonEntry.OTHER);

    private final DieRegistryUseCase dies;
    private final Session session;
    private final ScreenCalls calls;
    private final ObservableList<DieRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DieRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.NONE);
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(this, "refused");
    private final BooleanBinding formMode = mode.isEqualTo(Mode.ADD).or(mode.isEqualTo(Mode.EDIT));
    private final BooleanBinding retireMode = mode.isEqualTo(Mode.RETIRE);
    private final BooleanBinding noneMode = mode.isEqualTo(Mode.NONE);
    private final DieFormViewModel form;
    private final RetireDieFormViewModel retireForm;
    private final PublishDiesViewModel publishForm;
    private final BooleanBinding changeable = Bindings.createBooleanBinding(
            () -> selected.get() != null && selected.get().die().status() != DieStatus.RETIRED, selected);
    private final StringBinding selectedTitle = Bindings.createStringBinding(() -> switch (mode.get()) {
        case ADD -> Words.get("dies.new");
        default -> selected.get() == null ? Words.get("dies.pickOne") : Words.format("dies.selected", selected.get().id(), selected.get().statusText());
    }, mode, selected);

    public DiesViewModel(DieRegistryUseCase dies, Session session, UseCaseRunner runner) {
        this(dies, session, runner, Optional.empty());
    }

    /** @param publish publishing the dies to every station, on a station started with {@code --central} only */
    public DiesViewModel(DieRegistryUseCase dies, Session session, UseCaseRunner runner, Optional<DiePublishUseCase> publish) {
        this.dies = dies;
        this.session = session;
        this.calls = new ScreenCalls(runner);
        this.form = new DieFormViewModel(dies, session, calls, this::changed);
        this.retireForm = new RetireDieFormViewModel(dies, session, calls, selected, this::changed);
        this.publishForm = new PublishDiesViewModel(publish, session, calls, this::cancel);
    }

    /** "Publish dies to all stations": offered on a station with a central database to a Supervisor. */
    public PublishDiesViewModel getPublishForm() {
        return publishForm;
    }

    /** Reads the registry (refused unless the session may read dies). */
    public void load() {
        reload(Optional.empty());
    }

    private void reload(Optional<String> select) {
        calls.call(() -> {
            Map<String, Long> site = dies.siteCycles(session);
            return dies.list(session).stream().map(d -> new DieRow(d, site.containsKey(d.id()) ? OptionalLong.of(site.get(d.id()))
                    : OptionalLong.empty())).toList();
        }, list -> {
            rows.setAll(list);
            String id = select.orElse(selected.get() == null ? "" : selected.get().id());
            selected.set(rows.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null));
            refused.set(false);
        }, words -> {
            refused.set(true);
            rows.clear();
            calls.say(Message.warning(words));
        });
    }

    public void select(DieRow row) {
        selected.set(row);
        show(Mode.NONE);
    }

    /** Selects by id (tests, and a scanned die label). */
    public void select(String id) {
        select(rows.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null));
    }

    public void startAdd() {
        show(Mode.ADD);
        form.openAdd();
    }

    public void startEdit() {
        if (changeable.get()) {
            show(Mode.EDIT);
            form.openEdit(selected.get().die());
        }
    }

    public void startRetire() {
        if (changeable.get()) {
            show(Mode.RETIRE);
            retireForm.open();
        }
    }

    public void cancel() {
        show(Mode.NONE);
    }

    private void show(Mode next) {
        mode.set(next);
        calls.say(Message.NONE);
    }

    /** After a change: back to the list with the die selected, and the outcome in words. */
    private void changed(RegisteredDie die, String words) {
        mode.set(Mode.NONE);
        reload(Optional.of(die.id()));
        calls.say(Message.outcome(words));
    }

    public ObservableList<DieRow> getRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public DieFormViewModel getForm() {
        return form;
    }

    public RetireDieFormViewModel getRetireForm() {
        return retireForm;
    }

    public ReadOnlyObjectProperty<DieRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public DieRow getSelected() {
        return selected.get();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public Mode getMode() {
        return mode.get();
    }

    public BooleanBinding formModeProperty() {
        return formMode;
    }

    public boolean isFormMode() {
        return mode.get() == Mode.ADD || mode.get() == Mode.EDIT;
    }

    public BooleanBinding retireModeProperty() {
        return retireMode;
    }

    public boolean isRetireMode() {
        return mode.get() == Mode.RETIRE;
    }

    public BooleanBinding noneModeProperty() {
        return noneMode;
    }

    public boolean isNoneMode() {
        return mode.get() == Mode.NONE;
    }

    /** A die not retired is selected: Edit and Retire work. */
    public BooleanBinding changeableProperty() {
        return changeable;
    }

    public boolean isChangeable() {
        return changeable.get();
    }

    public StringBinding selectedTitleProperty() {
        return selectedTitle;
    }

    public String getSelectedTitle() {
        return selectedTitle.get();
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
