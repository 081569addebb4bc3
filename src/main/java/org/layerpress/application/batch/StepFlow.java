package org.layerpress.application.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.StepKind;

/**
 * Steps strictly in order: which step may be acted on now, and how a step ends — its own event,
 * then the next step's activation (or COMPLETED after the last), committed together. Called under
 * the open batch's lock.
 */
final class StepFlow {

    /** The actor of what the HMI observed itself (step done, release done, holds). */
    static final String STATION = "station";

    private final OpenBatch batch;
    private final PressWatcher watcher;

    StepFlow(OpenBatch batch, PressWatcher watcher) {
        this.batch = batch;
        this.watcher = watcher;
    }

    /** The current step if it is of {@code kind}, active, the batch RUNNING and nothing running on the press; refused otherwise. */
    StepRun expect(StepKind kind) {
        BatchRun run = batch.run();
        if (run.state() != BatchState.RUNNING) {
            throw new BatchRefusedException(run.batchId() + " is " + run.state() + (run.holdCause().isEmpty() ? "" : " (" + run.holdCause() + ")")
                    + ": resume or abort it first");
        }
        StepRun step = run.currentStep().orElseThrow(() -> new BatchRefusedException("all steps are done"));
        if (step.step().kind() != kind) {
            throw new BatchRefusedException("step " + step.number() + " is " + step.step().kind() + " (" + step.step().title()
                    + "), not " + kind + ": steps run in order");
        }
        if (step.state() != StepState.ACTIVE) {
            throw new BatchRefusedException("step " + step.number() + " is " + step.state());
        }
        if (watcher.busy()) {
            throw new BatchRefusedException("step " + step.number() + " is running on the press");
        }
        return step;
    }

    BatchRun finish(String actor, int step, BatchEventKind kind, Map<String, String> values) {
        return finish(actor, step, kind, values, () -> { });
    }

    /** Ends a step and moves on, with {@code alongside} (an audit row) written in the same transaction as the step's events. */
    BatchRun finish(String actor, int step, BatchEventKind kind, Map<String, String> values, Runnable alongside) {
        List<BatchEvent> out = new ArrayList<>();
        out.add(batch.event(kind, step, actor, values));
        next(out, step, actor, batch.now());
        return batch.closeIfComplete(batch.append(out, nextState(out), alongside));
    }

    /** Adds the activation of the step after {@code done}, or COMPLETED after the last. */
    void next(List<BatchEvent> out, int done, String actor, Instant now) {
        List<RecipeStep> steps = batch.recipe().steps();
        if (done < steps.size()) {
            out.add(activation(batch.run().batchId(), now, done + 1, steps.get(done), actor, 1));
        } else {
            out.add(batch.event(BatchEventKind.COMPLETED, 0, actor, Map.of()));
        }
    }

    /** The state the batch list shows after {@code out}: COMPLETE, RUNNING again after a resume, or unchanged (null). */
    static BatchState nextState(List<BatchEvent> out) {
        for (BatchEvent e : out) {
            if (e.kind() == BatchEventKind.COMPLETED) {
                return BatchState.COMPLETE;
            }
            if (e.kind() == BatchEventKind.RESUMED) {
                return BatchState.RUNNING;
            }
        }
        return null;
    }

    static BatchEvent activation(String batchId, Instant now, int number, RecipeStep step, String actor, int attempt) {
        return new BatchEvent(0, batchId, now, BatchEventKind.STEP_ACTIVATED, number, actor,
                Map.of("title", step.title(), "kind", step.kind().name(), "attempt", Integer.toString(attempt)));
    }
}
