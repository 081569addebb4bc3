package org.layerpress.ui.batch;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.ui.fx.Words;

/** A checklist (CHECK, LOAD_VESSEL): every item is tapped (ticked) before Confirm is enabled; a second tap unticks. */
public final class CheckStepViewModel extends StepModel {

    private final List<String> items;
    private final ObservableSet<String> ticked = FXCollections.observableSet();

    private final Optional<String> limits;
    private final AtmosphereModel atmosphere;

    public CheckStepViewModel(StepRun step, BatchCalls calls) {
        this(step, calls, new AtmosphereModel());
    }

    /** @param atmosphere the glovebox's live values, shown beside the recipe's limits when the CHECK has them */
    public CheckStepViewModel(StepRun step, BatchCalls calls, AtmosphereModel atmosphere) {
        super(step, calls);
        this.atmosphere = atmosphere;
        this.limits = step.step() instanceof RecipeStep.Check c ? c.atmosphere().map(l -> Words.format("step.check.limits", l.describe())) : Optional.empty();
        // A LOAD_VESSEL is a checklist too: the sample bagged and in, the lid locked (the sequencer checks the lid as the PLC reads it).
        this.items = step.step() instanceof RecipeStep.LoadVessel load ? load.items() : ((RecipeStep.Check) step.step()).items();
        setReady(items.isEmpty());
    }

    /** "Glovebox limits: O2 ≤ 0.1 ppm, H2O ≤ 0.1 ppm" when this CHECK limits the atmosphere. */
    public Optional<String> limits() {
        return limits;
    }

    public AtmosphereModel atmosphere() {
        return atmosphere;
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
