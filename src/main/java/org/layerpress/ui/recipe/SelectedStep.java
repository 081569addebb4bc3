package org.layerpress.ui.recipe;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.domain.recipe.RecipeStep.LoadLayer;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.recipe.Violation;
import org.layerpress.ui.controls.Severity;

/**
 * The recipe editor's right-hand side for the step selected: its heading, which steppers show, each
 * value in words, the force panel of a PRESS step ({@link PressForceReadout}), the validator's
 * objections to it and the note under it. The editor's view model keeps the working copy and shows it
 * here after every tap; the layout binds {@code ${controller.viewModel.step.…}}.
 */
public final class SelectedStep {

    private final ReadOnlyStringWrapper stepHeading = new ReadOnlyStringWrapper(this, "stepHeading", "");
    private final ReadOnlyStringWrapper stepNote = new ReadOnlyStringWrapper(this, "stepNote", "");
    private final ReadOnlyBooleanWrapper pressSelected = new ReadOnlyBooleanWrapper(this, "pressSelected");
    private final ReadOnlyBooleanWrapper loadSelected = new ReadOnlyBooleanWrapper(this, "loadSelected");
    private final ReadOnlyBooleanWrapper checkSelected = new ReadOnlyBooleanWrapper(this, "checkSelected");
    private final ReadOnlyBooleanWrapper atmosphereLimited = new ReadOnlyBooleanWrapper(this, "atmosphereLimited");
    private final Map<StepField, ReadOnlyStringWrapper> values = new EnumMap<>(StepField.class);
    private final PressForceReadout forces = new PressForceReadout(this);
    private final ObservableList<String> stepProblems = FXCollections.observableArrayList();

    SelectedStep() {
        for (StepField f : StepField.values()) {
            values.put(f, new ReadOnlyStringWrapper(this, f.name(), ""));
        }
    }

    /** Shows step {@code index} (0-based) of {@code d}, with those of {@code violations} that are about it. */
    void show(RecipeDefinition d, int index, List<Violation> violations) {
        RecipeStep step = d.steps().get(index);
        stepHeading.set(RecipeEditorWords.heading(index, step));
        pressSelected.set(step instanceof Press);
        loadSelected.set(step instanceof LoadLayer);
        checkSelected.set(step instanceof Check);
        atmosphereLimited.set(step instanceof Check c && c.atmosphere().isPresent());
        for (StepField f : StepField.values()) {
            values.get(f).set(f.valueIn(step).map(x -> RecipeEditorWords.value(f, x)).orElse(""));
        }
        stepProblems.setAll(violations.stream().filter(x -> x.step() == index + 1).map(ViolationWords::of).toList());
        forces.show(d, step);
        stepNote.set(RecipeEditorWords.note(step));
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

    public String getStepNote() {
        return stepNote.get();
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

    public boolean isLoadSelected() {
        return loadSelected.get();
    }

    /** A CHECK step is selected: its glovebox limits can be added, set or cleared. */
    public ReadOnlyBooleanProperty checkSelectedProperty() {
        return checkSelected.getReadOnlyProperty();
    }

    public boolean isCheckSelected() {
        return checkSelected.get();
    }

    /** The selected CHECK step has glovebox limits (their steppers show; else the button that adds them). */
    public ReadOnlyBooleanProperty atmosphereLimitedProperty() {
        return atmosphereLimited.getReadOnlyProperty();
    }

    public boolean isAtmosphereLimited() {
        return atmosphereLimited.get();
    }

    public ReadOnlyStringProperty valueProperty(StepField field) {
        return values.get(field).getReadOnlyProperty();
    }

    public String getValue(StepField field) {
        return values.get(field).get();
    }

    public ReadOnlyStringProperty forceProperty() {
        return forces.force();
    }

    public String getForce() {
        return forces.force().get();
    }

    public ReadOnlyStringProperty forceTonnesProperty() {
        return forces.forceTonnes();
    }

    public String getForceTonnes() {
        return forces.forceTonnes().get();
    }

    public ReadOnlyStringProperty upperForceProperty() {
        return forces.upperForce();
    }

    public String getUpperForce() {
        return forces.upperForce().get();
    }

    /** "Die rating 98.07 kN: 30.8 %" (force at target + band as a share of it) */
    public ReadOnlyStringProperty dieLimitProperty() {
        return forces.dieLimit();
    }

    public String getDieLimit() {
        return forces.dieLimit().get();
    }

    public ReadOnlyObjectProperty<Severity> dieLimitSeverityProperty() {
        return forces.dieLimitSeverity();
    }

    /** "Press capacity 294.20 kN: 10.3 %" */
    public ReadOnlyStringProperty pressLimitProperty() {
        return forces.pressLimit();
    }

    public String getPressLimit() {
        return forces.pressLimit().get();
    }

    public ReadOnlyObjectProperty<Severity> pressLimitSeverityProperty() {
        return forces.pressLimitSeverity();
    }

    /** The validator's objections to this step, in words. */
    public ObservableList<String> stepProblems() {
        return stepProblems;
    }
}
