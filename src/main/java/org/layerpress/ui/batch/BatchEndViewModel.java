package org.layerpress.ui.batch;

import org.layerpress.application.review.RecordWording;
import java.util.ArrayList;
import java.util.List;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StepState;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.fx.Words;

/** A finished batch in a few lines: how it ended (word + glyph), what was done, every deviation with its reason. */
public final class BatchEndViewModel {

    private final BatchRun run;

    public BatchEndViewModel(BatchRun run) {
        this.run = run;
    }

    public Indication getOutcome() {
        return run.state() == BatchState.COMPLETE ? Indication.normal(Words.get("end.state.COMPLETE"), Glyph.OK)
                : Indication.warning(Words.get("end.state." + run.state().name()));
    }

    public String getHeading() {
        return run.batchId() + "  " + run.recipeLabel();
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>();
        long confirmed = run.steps().stream().filter(s -> s.state() == StepState.CONFIRMED).count();
        long deviated = run.steps().stream().filter(s -> s.state() == StepState.DEVIATED).count();
        out.add(Words.format("end.summary", RecordWording.dieHeading(run), String.valueOf(confirmed), String.valueOf(run.steps().size()),
                String.valueOf(deviated)));
        if (run.state() == BatchState.ABORTED) {
            out.add(Words.format("end.aborted", run.abortReason()));
        }
        for (StepRun s : run.steps()) {
            if (s.state() == StepState.DEVIATED) {
                String why = s.value(BatchRun.FINDINGS);
                String reason = s.value(BatchRun.REASON);
                out.add(Words.format("end.deviation", String.valueOf(s.number()), s.step().title(), why.isEmpty() ? Words.get("end.deviationWord") : why,
                        reason.isEmpty() ? "" : Words.format("end.reason", reason)));
            }
        }
        if (!run.alarms().isEmpty()) {
            out.add(Words.format("end.alarms", String.valueOf(run.alarms().size())));
        }
        out.add(Words.get("end.kept"));
        return out;
    }
}
