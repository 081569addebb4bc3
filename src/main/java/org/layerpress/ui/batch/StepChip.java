package org.layerpress.ui.batch;

import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.batch.StepState;
import org.layerpress.ui.fx.Words;

/** One step in the header strip: its number, kind and state (drawn as glyph + number, the state word for readers). */
public record StepChip(int number, String kind, StepState state) {

    public static StepChip of(StepRun run) {
        return new StepChip(run.number(), StepWords.kind(run.step().kind()), run.state());
    }

    /** e.g. "Step 3 Load: done", for accessibility and tests. */
    public String words() {
        return Words.format("step.chip", String.valueOf(number), kind, StepWords.state(state));
    }
}
