package org.layerpress.ui.admin;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.layerpress.application.dies.DieCommands;
import org.layerpress.application.dies.DieRegistryUseCase;
import org.layerpress.application.users.Session;
import org.layerpress.domain.press.DieStatus;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.domain.units.Force;
import org.layerpress.ui.batch.StepWords;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.Words;

/**
 * The Add and Edit die form: the id (scanned or typed on the lettered pad, Add only), the bore, the
 * rated force in kN and the rated cycles (each on the number pad), the material (tapped from
 * {@link #MATERIALS}), and, on Edit, the status and a reason. A value not entered stays empty and the
 * command refuses it in words; nothing is guessed for it.
 */
public final class DieFormViewModel extends ReasonFormViewModel {

    /** Materials offered by tap; a die edited with another keeps its own (it is added to the choices). */
    public static final List<String> MATERIALS = List.of("tool steel", "stainless steel", "tungsten carbide", "zirconia", "PEEK");

    private final DieRegistryUseCase dies;
    private final Session session;
    private final ScreenCalls calls;
    private final BiConsumer<RegisteredDie, String> onChanged;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final StringProperty id = new SimpleStringProperty(this, "id", "");
    private final ObjectProperty<Double> bore = new SimpleObjectProperty<>(this, "bore");
    private final ObjectProperty<Double> ratedKiloNewtons = new SimpleObjectProperty<>(this, "ratedKiloNewtons");
    private final ObjectProperty<Long> ratedCycles = new SimpleObjectProperty<>(this, "ratedCycles");
    private final StringProperty material = new SimpleStringProperty(this, "material", "");
    private final ObjectProperty<DieStatus> status = new SimpleObjectProperty<>(this, "status", DieStatus.IN_USE);
    private final StringBinding idText = Bindings.createStringBinding(() -> Words.format("dies.form.id", orTap(id.get())), id);
    private final StringBinding boreText = Bindings.createStringBinding(() -> Words.format("dies.form.bore", number(bore.get(), "mm")), bore);
    private final StringBinding ratedText = Bindings.createStringBinding(() -> Words.format("dies.form.rated", number(ratedKiloNewtons.get(), "kN")), ratedKiloNewtons);
    private final StringBinding cyclesText = Bindings.createStringBinding(() -> Words.format("dies.form.cycles",
            ratedCycles.get() == null ? Words.get("dies.form.notGiven") : ratedCycles.get().toString()), ratedCycles);
    private final StringBinding materialText = Bindings.createStringBinding(() -> Words.format("dies.form.material", orTap(TapPicker.shown(material.get()))), material);

    DieFormViewModel(DieRegistryUseCase dies, Session session, ScreenCalls calls, BiConsumer<RegisteredDie, String> onChanged) {
        super(DiesViewModel.REASONS);
        this.dies = dies;
        this.session = session;
        this.calls = calls;
        this.onChanged = onChanged;
    }

    /** An empty form for a new die. */
    void openAdd() {
        editing.set(false);
        id.set("");
        bore.set(null);
        ratedKiloNewtons.set(null);
        ratedCycles.set(null);
        material.set("");
        status.set(DieStatus.IN_USE);
        reason().clear();
    }

    /** The form filled with the die as the registry has it. */
    void openEdit(RegisteredDie die) {
        editing.set(true);
        id.set(die.id());
        bore.set(die.die().bore().millimetres());
        ratedKiloNewtons.set(die.die().rating().kiloNewtons());
        ratedCycles.set(die.ratedCycles().isPresent() ? die.ratedCycles().getAsLong() : null);
        material.set(die.material());
        status.set(die.status());
        reason().clear();
    }

    /** Adds or changes the die; a value left empty or past a limit is refused in words by the command. */
    public void save() {
        boolean edit = editing.get();
        String dieId = id.get();
        Double mm = bore.get();
        Double kN = ratedKiloNewtons.get();
        Long cycles = ratedCycles.get();
        String made = material.get();
        DieStatus now = status.get();
        String why = reason().reason();
        calls.change(() -> {
            if (mm == null || kN == null) {
                throw new IllegalArgumentException(mm == null ? "enter the die's bore (mm)" : "enter the die's rated force (kN)");
            }
            OptionalLong rated = cycles == null ? OptionalLong.empty() : OptionalLong.of(cycles);
            return edit
                    ? dies.edit(session, new DieCommands.EditDie(dieId, mm, Force.kiloNewtons(kN), made, rated, now, why))
                    : dies.add(session, new DieCommands.AddDie(dieId, mm, Force.kiloNewtons(kN), made, rated));
        }, d -> onChanged.accept(d, Words.get(edit ? "dies.changed" : "dies.added") + " " + d.describe()));
    }

    /** A whole number from the pad; a fraction is refused in words rather than rounded. */
    public void enterRatedCycles(double typed) {
        if (typed != Math.rint(typed)) {
            calls.say(org.layerpress.ui.controls.Message.warning(Words.format("dies.cyclesWhole", StepWords.num(typed))));
            return;
        }
        ratedCycles.set((long) typed);
    }

    /** The maker gives no rated cycles: the die is never refused for wear (docs/dies.md#wear). */
    public void clearRatedCycles() {
        ratedCycles.set(null);
    }

    /** The choices for the material picker: the usual ones, and the die's own if it is another. */
    public List<String> materialChoices() {
        String m = material.get();
        return m.isEmpty() || MATERIALS.contains(m) ? MATERIALS : java.util.stream.Stream.concat(MATERIALS.stream(), java.util.stream.Stream.of(m)).toList();
    }

    private static String orTap(String s) {
        return s == null || s.isEmpty() ? Words.get("admin.tapToEnter") : s;
    }

    private static String number(Double v, String unit) {
        return v == null ? Words.get("admin.tapToEnter") : StepWords.num(v) + " " + unit;
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public boolean isEditing() {
        return editing.get();
    }

    public StringProperty idProperty() {
        return id;
    }

    public ObjectProperty<Double> boreProperty() {
        return bore;
    }

    public ObjectProperty<Double> ratedKiloNewtonsProperty() {
        return ratedKiloNewtons;
    }

    public ObjectProperty<Long> ratedCyclesProperty() {
        return ratedCycles;
    }

    public StringProperty materialProperty() {
        return material;
    }

    public ObjectProperty<DieStatus> statusProperty() {
        return status;
    }

    public StringBinding idTextProperty() {
        return idText;
    }

    public String getIdText() {
        return idText.get();
    }

    public StringBinding boreTextProperty() {
        return boreText;
    }

    public String getBoreText() {
        return boreText.get();
    }

    public StringBinding ratedTextProperty() {
        return ratedText;
    }

    public String getRatedText() {
        return ratedText.get();
    }

    public StringBinding cyclesTextProperty() {
        return cyclesText;
    }

    public String getCyclesText() {
        return cyclesText.get();
    }

    public StringBinding materialTextProperty() {
        return materialText;
    }

    public String getMaterialText() {
        return materialText.get();
    }
}
