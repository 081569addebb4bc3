package org.layerpress.ui.batch;

import org.layerpress.application.review.RecordWording;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StepState;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.Indication;

/** A finished batch in a few lines: how it ended (word + glyph), what was done, every deviation with its reason. */
public final class BatchEndViewModel {

    private final BatchRun run;

    public BatchEndViewModel(BatchRun run) {
        this.run = run;
    }

    public Indication getOutcome() {
        return run.state() == BatchState.COMPLETE ? Indication.normal("COMPLETE", Glyph.OK) : Indication.warning(run.state().name());
    }

    public String getHeading() {
        return run.batchId() + "  " + run.recipeLabel();
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>();
        long confirmed = run.steps().stream().filter(s -> s.state() == StepState.CONFIRMED).count();
        long deviated = run.steps().stream().filter(s -> s.state() == StepState.DEVIATED).count();
        out.add(String.format(Locale.ROOT, "%s. %d of %d steps confirmed, %d with a deviation.", RecordWording.dieHeading(run), confirmed,
                run.steps().size(), deviated));
        if (run.state() == BatchState.ABORTED) {
            out.add("Aborted: " + run.abortReason());
        }
        for (StepRun s : run.steps()) {
            if (s.state() == StepState.DEVIATED) {
                String why = s.value(BatchRun.FINDINGS);
                String reason = s.value(BatchRun.REASON);
                out.add(String.format(Locale.ROOT, "Step %d %s: %s%s", s.number(), s.step().title(), why.isEmpty() ? "deviation" : why,
                        reason.isEmpty() ? "" : " (reason: " + reason + ")"));
            }
        }
        if (!run.alarms().isEmpty()) {
            out.add(run.alarms().size() + " alarm(s) recorded.");
        }
        out.add("The record is kept as it was recorded.");
        return out;
    }
}
