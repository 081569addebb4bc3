package org.layerpress.ui.batch;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.recipe.RecipeStep;

/** A checklist (CHECK, LOAD_VESSEL): every item is tapped (ticked) before Confirm is enabled; a second tap unticks. */
public final class CheckStepViewModel extends StepModel {

    private final List<String> items;
    private final ObservableSet<String> ticked = FXCollections.observableSet();

    public CheckStepViewModel(StepRun step, BatchCalls calls) {
        super(step, calls);
        // A LOAD_VESSEL is a checklist too: the sample bagged and in, the lid locked (the sequencer checks the lid as the PLC reads it).
        this.items = step.step() instanceof RecipeStep.LoadVessel load ? load.items() : ((RecipeStep.Check) step.step()).items();
        setReady(items.isEmpty());
    }

    public List<String> items() {
        return items;
    }

    public void toggle(String item) {
        if (!items.contains(item)) {
            return;
        }
        if (!ticked.remove(item)) {
            ticked.add(item);
        }
        setReady(ticked.containsAll(items));
    }

    public boolean isTicked(String item) {
        return ticked.contains(item);
    }

    public ObservableSet<String> ticked() {
        return ticked;
    }

    @Override
    protected void send() {
        calls.call(s -> s.confirmCheck(calls.session()));
    }
}
