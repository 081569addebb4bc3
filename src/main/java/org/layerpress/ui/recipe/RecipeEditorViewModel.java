package org.layerpress.ui.recipe;

import java.util.List;
import java.util.Optional;
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
import org.layerpress.domain.recipe.AtmosphereLimits;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeValidator;
import org.layerpress.domain.recipe.Violation;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * Editing a DRAFT by taps: pick a step, then − / + (or a number pad) on its values; a CHECK step's glovebox
 * limits are added, set and cleared the same way, refused in words outside the recipe file's range. PRESS steps show
 * the force they ask for, live, against the die rating and the press capacity; the validator runs on
 * every tap. Nothing is stored until Save, which needs a reason and goes through
 * {@code RecipeAuthoringUseCase.editDraft} (audited with each field before and after). This class keeps
 * the working copy and its changes; how the selected step reads on the right is {@link SelectedStep}'s
 * (with the force panel, {@link PressForceReadout}), how a stepper's value reads and changes a step is
 * {@link StepField}'s, the tiles are {@link StepTile}s, the sentences {@link RecipeEditorWords}'.
 */
public final class RecipeEditorViewModel extends RecipeVersionScreenModel {

    public static final List<String> REASONS = List.of("Denser pellets wanted", "Protect the die", "Match the published protocol",
            "Correct a mistake", ReasonEntry.OTHER);

    private final ReasonEntry saveReason = new ReasonEntry(REASONS);

    private final ReadOnlyObjectWrapper<RecipeVersion> stored = new ReadOnlyObjectWrapper<>(this, "stored");
    private final ReadOnlyObjectWrapper<RecipeDefinition> working = new ReadOnlyObjectWrapper<>(this, "working");
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private final ObservableList<StepTile> tiles = FXCollections.observableArrayList();
    private final SelectedStep step = new SelectedStep();
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    private final ObservableList<RecipeDiff.Change> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper changesText = new ReadOnlyStringWrapper(this, "changesText", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");

    public RecipeEditorViewModel(RecipeServices recipes, Session session, UseCaseRunner runner) {
        super(recipes, session, runner);
    }

    /** Reads the version to edit; only a DRAFT can be changed. */
    public void load(long versionId) {
        calls().call(() -> readVersion(versionId), this::open);
    }

    /** Starts editing a version as stored (the first step with values is selected). */
    public void open(RecipeVersion v) {
        stored.set(v);
        working.set(v.definition());
        setTitle(v.label() + " · " + RecipeWords.status(v.status()));
        editable.set(v.status() == RecipeStatus.DRAFT);
        if (!editable.get()) {
            say(RecipeEditorWords.notEditable(v), Severity.WARNING);
        } else {
            say("", Severity.NORMAL);
        }
        selected.set(StepField.firstSettable(v.definition()));
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

    public void increment(StepField field) {
        current(field).ifPresent(v -> set(field, v + field.step()));
    }

    public void decrement(StepField field) {
        current(field).ifPresent(v -> set(field, Math.max(0, v - field.step())));
    }

    /** Sets a value of the selected step (from the number pad); negative values are refused. */
    public void set(StepField field, double value) {
        RecipeDefinition d = working.get();
        if (d == null || !editable.get() || !Double.isFinite(value)) {
            return;
        }
        if (value < 0) {
            say(RecipeEditorWords.negative(field), Severity.WARNING);
            return;
        }
        double rounded = Math.round(value * 100) / 100.0;
        if (field.ofAtmosphere() && !AtmosphereLimits.allowed(rounded)) {
            // The recipe file's rule: a limit of 0 or past the analyser's range is refused, and the step keeps its limit.
            say(RecipeEditorWords.limitOutOfRange(field, value), Severity.WARNING);
            return;
        }
        int i = selected.get();
        Optional<RecipeStep> changed = field.setIn(d.steps().get(i), rounded);
        if (changed.isEmpty()) {
            return;
        }
        working.set(d.withStep(i, changed.get()));
        if (getMessage().shown()) {
            say("", Severity.NORMAL);
        }
        refresh();
    }

    /** Gives the selected CHECK step glovebox limits ({@link StepField#NEW_LIMITS}, then set with the steppers or the pad). */
    public void addAtmosphereLimits() {
        replaceCheck(Optional.of(StepField.NEW_LIMITS));
    }

    /** Takes the selected CHECK step's glovebox limits away: the batch is then not gated on the atmosphere from this step. */
    public void clearAtmosphereLimits() {
        replaceCheck(Optional.empty());
    }

    private void replaceCheck(Optional<AtmosphereLimits> limits) {
        RecipeDefinition d = working.get();
        if (d == null || !editable.get() || selected.get() < 0 || !(d.steps().get(selected.get()) instanceof Check c)) {
            return;
        }
        working.set(d.withStep(selected.get(), new Check(c.title(), c.items(), limits)));
        say("", Severity.NORMAL);
        refresh();
    }

    /** The selected step's value of a field, if the step has that field. */
    public Optional<Double> current(StepField field) {
        RecipeDefinition d = working.get();
        if (d == null || selected.get() < 0) {
            return Optional.empty();
        }
        return field.valueIn(d.steps().get(selected.get()));
    }

    /** Back to the version as stored. */
    public void revert() {
        RecipeVersion v = stored.get();
        if (v != null) {
            working.set(v.definition());
            say(Words.get("recipe.editor.undone"), Severity.NORMAL);
            refresh();
        }
    }

    /** Saves the working copy with {@link #saveReason()} (a preset, or "Other" with details); refused without one. */
    public void save() {
        RecipeVersion v = stored.get();
        if (v == null || isBusy()) {
            return;
        }
        String why = saveReason.reason();
        if (!dirty.get()) {
            say(Words.get("recipe.editor.nothingToSave"), Severity.NORMAL);
            return;
        }
        if (why.isEmpty()) {
            say(Words.get("recipe.editor.noReason"), Severity.WARNING);
            return;
        }
        RecipeDefinition toSave = working.get();
        int n = changes.size();
        calls().call(() -> recipes().authoring().editDraft(session(), v.id(), toSave, why), saved -> {
            stored.set(saved);
            working.set(saved.definition());
            saveReason.clear();
            refresh();
            say(RecipeEditorWords.saved(saved, n, why), Severity.NORMAL);
        });
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
        changesText.set(RecipeEditorWords.unsaved(diff));
        List<Violation> violations = RecipeValidator.validate(d);
        problems.set(RecipeEditorWords.problems(violations));
        tiles.setAll(StepTile.of(d, diff));

        step.show(d, selected.get(), violations);
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

    /** The selected step as the right-hand side shows it: heading, values, force panel, problems. */
    public SelectedStep getStep() {
        return step;
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

    public boolean isEditable() {
        return editable.get();
    }

    public String getChangesText() {
        return changesText.get();
    }

    public String getProblems() {
        return problems.get();
    }
}
