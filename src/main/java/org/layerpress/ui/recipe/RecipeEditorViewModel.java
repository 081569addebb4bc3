package org.layerpress.ui.recipe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.application.recipes.RecipeDiff;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.users.Session;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.recipe.RecipeStep.LoadLayer;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeValidator;
import org.layerpress.domain.recipe.Violation;
import org.layerpress.domain.units.Mass;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;
import org.layerpress.ui.controls.DisplayNumbers;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * Editing a DRAFT by taps: pick a step, then − / + (or a number pad) on its values. PRESS steps show
 * the force they ask for, live, against the die rating and the press capacity; the validator runs on
 * every tap. Nothing is stored until Save, which needs a reason and goes through
 * {@code RecipeAuthoringUseCase.editDraft} (audited with each field before and after).
 */
public final class RecipeEditorViewModel {

    /** A value a stepper changes, its unit and the size of one tap. */
    public enum Field {
        TARGET("Target", "MPa", 5),
        RAMP("Ramp", "MPa/s", 1),
        HOLD("Hold", "s", 10),
        BAND("Band ±", "MPa", 1),
        DECAY("Max decay", "%", 1),
        MASS("Mass", "mg", 0.5),
        TOLERANCE("Tolerance ±", "mg", 0.5);

        private final String caption;
        private final String unit;
        private final double step;

        Field(String caption, String unit, double step) {
            this.caption = caption;
            this.unit = unit;
            this.step = step;
        }

        public String caption() {
            return caption;
        }

        public String unit() {
            return unit;
        }

        public double step() {
            return step;
        }

        /** Whether the field belongs to a PRESS step (else to a LOAD_LAYER step). */
        public boolean ofPress() {
            return this != MASS && this != TOLERANCE;
        }
    }

    /** A step as a tile to tap: number, kind, title; whether it has values to set and unsaved changes. */
    public record StepTile(int number, String kind, String title, boolean editable, boolean changed) {
    }

    public static final List<String> REASONS = List.of("Denser pellets wanted", "Protect the die", "Match the published protocol",
            "Correct a mistake", ReasonEntry.OTHER);

    private final RecipeServices recipes;
    private final Session session;
    private final ScreenCalls calls;
    private final ReasonEntry saveReason = new ReasonEntry(REASONS);

    private final ReadOnlyObjectWrapper<RecipeVersion> stored = new ReadOnlyObjectWrapper<>(this, "stored");
    private final ReadOnlyObjectWrapper<RecipeDefinition> working = new ReadOnlyObjectWrapper<>(this, "working");
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private final ObservableList<StepTile> tiles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper stepHeading = new ReadOnlyStringWrapper(this, "stepHeading", "");
    private final ReadOnlyStringWrapper stepNote = new ReadOnlyStringWrapper(this, "stepNote", "");
    private final ReadOnlyBooleanWrapper pressSelected = new ReadOnlyBooleanWrapper(this, "pressSelected");
    private final ReadOnlyBooleanWrapper loadSelected = new ReadOnlyBooleanWrapper(this, "loadSelected");
    private final Map<Field, ReadOnlyStringWrapper> values = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper force = new ReadOnlyStringWrapper(this, "force", "");
    private final ReadOnlyStringWrapper forceTonnes = new ReadOnlyStringWrapper(this, "forceTonnes", "");
    private final ReadOnlyStringWrapper upperForce = new ReadOnlyStringWrapper(this, "upperForce", "");
    private final ReadOnlyStringWrapper dieLimit = new ReadOnlyStringWrapper(this, "dieLimit", "");
    private final ReadOnlyObjectWrapper<Severity> dieLimitSeverity = new ReadOnlyObjectWrapper<>(this, "dieLimitSeverity", Severity.NORMAL);
    private final ReadOnlyStringWrapper pressLimit = new ReadOnlyStringWrapper(this, "pressLimit", "");
    private final ReadOnlyObjectWrapper<Severity> pressLimitSeverity = new ReadOnlyObjectWrapper<>(this, "pressLimitSeverity", Severity.NORMAL);
    private final ObservableList<String> stepProblems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    private final ObservableList<RecipeDiff.Change> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper changesText = new ReadOnlyStringWrapper(this, "changesText", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");

    public RecipeEditorViewModel(RecipeServices recipes, Session session, UseCaseRunner runner) {
        this.recipes = recipes;
        this.session = session;
        this.calls = new ScreenCalls(runner);
        for (Field f : Field.values()) {
            values.put(f, new ReadOnlyStringWrapper(this, f.name(), ""));
        }
    }

    /** Reads the version to edit; only a DRAFT can be changed. */
    public void load(long versionId) {
        calls.call(() -> recipes.queries().version(session, versionId)
                .orElseThrow(() -> new IllegalArgumentException("recipe version " + versionId + " is not there any more")), this::open);
    }

    /** Starts editing a version as stored (the first step with values is selected). */
    public void open(RecipeVersion v) {
        stored.set(v);
        working.set(v.definition());
        title.set(v.label() + " · " + RecipeWords.status(v.status()));
        editable.set(v.status() == RecipeStatus.DRAFT);
        if (!editable.get()) {
            say(v.label() + " is " + RecipeWords.status(v.status()) + ": only a DRAFT can be edited"
                    + (v.status().locked() ? " (make a new version to change it)." : "."), Severity.WARNING);
        } else {
            say("", Severity.NORMAL);
        }
        int first = 0;
        for (int i = 0; i < v.definition().steps().size(); i++) {
            if (editableStep(v.definition().steps().get(i))) {
                first = i;
                break;
            }
        }
        selected.set(first);
        refresh();
    }

    /** Selects a step by its number (1-based, as on screen). */
    public void selectStep(int number) {
        RecipeDefinition d = working.get();
        if (d != null && number >= 1 && number <= d.steps().size()) {
            selected.set(number - 1);
            refresh();
        }
    }

    public void increment(Field field) {
        current(field).ifPresent(v -> set(field, v + field.step()));
    }

    public void decrement(Field field) {
        current(field).ifPresent(v -> set(field, Math.max(0, v - field.step())));
    }

    /** Sets a value of the selected step (from the number pad); negative values are refused. */
    public void set(Field field, double value) {
        RecipeDefinition d = working.get();
        if (d == null || !editable.get() || !Double.isFinite(value)) {
            return;
        }
        if (value < 0) {
            say("A " + field.caption().toLowerCase(java.util.Locale.ROOT) + " cannot be negative.", Severity.WARNING);
            return;
        }
        int i = selected.get();
        RecipeStep step = d.steps().get(i);
        RecipeStep changed;
        double v = Math.round(value * 100) / 100.0;
        if (step instanceof Press p && field.ofPress()) {
            changed = switch (field) {
                case TARGET -> p.withTarget(Pressure.megaPascals(v));
                case RAMP -> new Press(p.title(), p.target(), PressureRate.megaPascalsPerSecond(v), p.hold(), p.band(), p.maxDecayPercent(), p.platen());
                case HOLD -> new Press(p.title(), p.target(), p.ramp(), Duration.ofMillis(Math.round(v * 1000)), p.band(), p.maxDecayPercent(), p.platen());
                case BAND -> new Press(p.title(), p.target(), p.ramp(), p.hold(), Pressure.megaPascals(v), p.maxDecayPercent(), p.platen());
                case DECAY -> new Press(p.title(), p.target(), p.ramp(), p.hold(), p.band(), v, p.platen());
                default -> p;
            };
        } else if (step instanceof LoadLayer l && !field.ofPress()) {
            changed = field == Field.MASS
                    ? new LoadLayer(l.title(), l.layerName(), l.material(), Mass.milligrams(v), l.tolerance(), l.secondPersonCheck())
                    : new LoadLayer(l.title(), l.layerName(), l.material(), l.target(), Mass.milligrams(v), l.secondPersonCheck());
        } else {
            return;
        }
        working.set(d.withStep(i, changed));
        if (calls.getMessage().shown()) {
            say("", Severity.NORMAL);
        }
        refresh();
    }

    /** The selected step's value of a field, if the step has that field. */
    public java.util.Optional<Double> current(Field field) {
        RecipeDefinition d = working.get();
        if (d == null || selected.get() < 0) {
            return java.util.Optional.empty();
        }
        return valueOf(d.steps().get(selected.get()), field);
    }

    private static java.util.Optional<Double> valueOf(RecipeStep step, Field field) {
        if (step instanceof Press p && field.ofPress()) {
            return java.util.Optional.of(switch (field) {
                case TARGET -> p.target().megaPascals();
                case RAMP -> p.ramp().megaPascalsPerSecond();
                case HOLD -> p.hold().toMillis() / 1000.0;
                case BAND -> p.band().megaPascals();
                case DECAY -> p.maxDecayPercent();
                default -> throw new IllegalStateException();
            });
        }
        if (step instanceof LoadLayer l && !field.ofPress()) {
            return java.util.Optional.of(field == Field.MASS ? l.target().milligrams() : l.tolerance().milligrams());
        }
        return java.util.Optional.empty();
    }

    /** Back to the version as stored. */
    public void revert() {
        RecipeVersion v = stored.get();
        if (v != null) {
            working.set(v.definition());
            say("Changes undone.", Severity.NORMAL);
            refresh();
        }
    }

    /** Saves the working copy with {@link #saveReason()} (a preset, or "Other" with details); refused without one. */
    public void save() {
        RecipeVersion v = stored.get();
        if (v == null || calls.isBusy()) {
            return;
        }
        String why = saveReason.reason();
        if (!dirty.get()) {
            say("Nothing to save: no value was changed.", Severity.NORMAL);
            return;
        }
        if (why.isEmpty()) {
            say("Not saved: give a reason for the change.", Severity.WARNING);
            return;
        }
        RecipeDefinition toSave = working.get();
        int n = changes.size();
        calls.call(() -> recipes.authoring().editDraft(session, v.id(), toSave, why), saved -> {
            stored.set(saved);
            working.set(saved.definition());
            saveReason.clear();
            refresh();
            say("Saved " + saved.label() + ": " + n + (n == 1 ? " change" : " changes") + " (" + why + ").", Severity.NORMAL);
        });
    }

    private static boolean editableStep(RecipeStep s) {
        return s instanceof Press || s instanceof LoadLayer;
    }

    private void refresh() {
        RecipeDefinition d = working.get();
        RecipeVersion v = stored.get();
        if (d == null || v == null) {
            return;
        }
        List<RecipeDiff.Change> diff = RecipeDiff.between(v.definition(), d);
        changes.setAll(diff);
        dirty.set(!diff.isEmpty());
        changesText.set(diff.isEmpty() ? "No unsaved changes." : "Unsaved: " + diff.stream()
                .map(c -> RecipeDiffViewModel.readableKey(c.key()) + " " + RecipeDiffViewModel.shown(c.before()) + " → " + RecipeDiffViewModel.shown(c.after()))
                .collect(Collectors.joining(" · ")));
        List<Violation> violations = RecipeValidator.validate(d);
        problems.set(violations.isEmpty() ? "The recipe passes every check."
                : violations.size() + (violations.size() == 1 ? " problem" : " problems") + " in the recipe: it cannot be submitted like this.");

        List<StepTile> t = new ArrayList<>();
        for (int i = 0; i < d.steps().size(); i++) {
            RecipeStep s = d.steps().get(i);
            int n = i + 1;
            boolean changed = diff.stream().anyMatch(c -> c.key().startsWith("step." + n + "."));
            t.add(new StepTile(n, RecipeWords.kind(s), s.title(), editableStep(s), changed));
        }
        tiles.setAll(t);

        int i = selected.get();
        RecipeStep step = d.steps().get(i);
        stepHeading.set("Step " + (i + 1) + " · " + RecipeWords.kind(step) + " · " + step.title());
        pressSelected.set(step instanceof Press);
        loadSelected.set(step instanceof LoadLayer);
        for (Field f : Field.values()) {
            values.get(f).set(valueOf(step, f).map(x -> valueText(f, x)).orElse(""));
        }
        stepProblems.setAll(violations.stream().filter(x -> x.step() == i + 1).map(Violation::message).toList());
        if (step instanceof Press p) {
            PressForces f = PressForces.of(d.die(), d.press(), p);
            force.set(RecipeWords.kiloNewtons(f.atTarget()));
            forceTonnes.set(RecipeWords.tonnes(f.atTarget()));
            upperForce.set("+ band, " + RecipeWords.pressure(f.upper()) + ": " + RecipeWords.force(f.atUpper()));
            dieLimit.set("Die rating " + RecipeWords.kiloNewtons(f.dieRating()) + ": " + RecipeWords.percent(f.dieRatingPercent()));
            dieLimitSeverity.set(f.overDieRating() ? Severity.WARNING : Severity.NORMAL);
            pressLimit.set("Press capacity " + RecipeWords.kiloNewtons(f.pressCapacity()) + ": " + RecipeWords.percent(f.pressCapacityPercent()));
            pressLimitSeverity.set(f.overPressCapacity() ? Severity.WARNING : Severity.NORMAL);
            stepNote.set("");
        } else {
            force.set("");
            forceTonnes.set("");
            upperForce.set("");
            dieLimit.set("");
            dieLimitSeverity.set(Severity.NORMAL);
            pressLimit.set("");
            pressLimitSeverity.set(Severity.NORMAL);
            stepNote.set(step instanceof LoadLayer l
                    ? "Layer '" + l.layerName() + "' of " + l.material() + (l.secondPersonCheck() ? "; a second person checks the weighing." : ".")
                    : "Nothing to set on a " + RecipeWords.kind(step) + " step here: " + RecipeWords.settings(step));
        }
    }

    /** "360 MPa", "120 s", "60 mg" */
    static String valueText(Field f, double v) {
        return DisplayNumbers.plain(v) + " " + f.unit();
    }

    private void say(String words, Severity severity) {
        calls.say(words, severity);
    }

    public ReadOnlyObjectProperty<RecipeVersion> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    public RecipeVersion getStored() {
        return stored.get();
    }

    public ReadOnlyObjectProperty<RecipeDefinition> workingProperty() {
        return working.getReadOnlyProperty();
    }

    public RecipeDefinition getWorking() {
        return working.get();
    }

    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObservableList<StepTile> tiles() {
        return tiles;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepHeadingProperty() {
        return stepHeading.getReadOnlyProperty();
    }

    public String getStepHeading() {
        return stepHeading.get();
    }

    public ReadOnlyStringProperty stepNoteProperty() {
        return stepNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pressSelectedProperty() {
        return pressSelected.getReadOnlyProperty();
    }

    public boolean isPressSelected() {
        return pressSelected.get();
    }

    public ReadOnlyBooleanProperty loadSelectedProperty() {
        return loadSelected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valueProperty(Field field) {
        return values.get(field).getReadOnlyProperty();
    }

    public String getValue(Field field) {
        return values.get(field).get();
    }

    public ReadOnlyStringProperty forceProperty() {
        return force.getReadOnlyProperty();
    }

    public String getForce() {
        return force.get();
    }

    public ReadOnlyStringProperty forceTonnesProperty() {
        return forceTonnes.getReadOnlyProperty();
    }

    public String getForceTonnes() {
        return forceTonnes.get();
    }

    public ReadOnlyStringProperty upperForceProperty() {
        return upperForce.getReadOnlyProperty();
    }

    public String getUpperForce() {
        return upperForce.get();
    }

    /** "Die rating 98.07 kN: 30.8 %" (force at target + band as a share of it) */
    public ReadOnlyStringProperty dieLimitProperty() {
        return dieLimit.getReadOnlyProperty();
    }

    public String getDieLimit() {
        return dieLimit.get();
    }

    public ReadOnlyObjectProperty<Severity> dieLimitSeverityProperty() {
        return dieLimitSeverity.getReadOnlyProperty();
    }

    /** "Press capacity 294.20 kN: 10.3 %" */
    public ReadOnlyStringProperty pressLimitProperty() {
        return pressLimit.getReadOnlyProperty();
    }

    public String getPressLimit() {
        return pressLimit.get();
    }

    public ReadOnlyObjectProperty<Severity> pressLimitSeverityProperty() {
        return pressLimitSeverity.getReadOnlyProperty();
    }

    public ObservableList<String> stepProblems() {
        return stepProblems;
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ObservableList<RecipeDiff.Change> changes() {
        return changes;
    }

    public ReadOnlyStringProperty changesTextProperty() {
        return changesText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** Why the changes are saved: asked before {@link #save()}. */
    public ReasonEntry saveReason() {
        return saveReason;
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

    public String getTitle() {
        return title.get();
    }

    public boolean isEditable() {
        return editable.get();
    }

    public boolean isLoadSelected() {
        return loadSelected.get();
    }

    public String getStepNote() {
        return stepNote.get();
    }

    public String getChangesText() {
        return changesText.get();
    }

    public String getProblems() {
        return problems.get();
    }
}
