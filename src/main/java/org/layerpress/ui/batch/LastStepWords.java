package org.layerpress.ui.batch;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.StepRun;
import org.layerpress.application.review.DensityWording;

/**
 * What the last step done left, at the foot of the Run page: its one-line result, and — after a
 * press or its release — the pellet's thickness and density, one line per reading, or why there is none.
 */
public final class LastStepWords {

    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyStringWrapper density = new ReadOnlyStringWrapper(this, "density", "");

    void show(BatchRun run) {
        Optional<StepRun> done = run.steps().stream().filter(s -> s.state().done()).reduce((a, b) -> b);
        result.set(done.map(StepWords::result).orElse(""));
        density.set(done.map(s -> String.join("\n", DensityWording.lines(s.values()))).orElse(""));
    }

    void clear() {
        result.set("");
        density.set("");
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public String getResult() {
        return result.get();
    }

    public ReadOnlyStringProperty densityProperty() {
        return density.getReadOnlyProperty();
    }

    public String getDensity() {
        return density.get();
    }
}
