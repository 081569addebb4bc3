package org.layerpress.application.batch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.tx.Transactions;
import org.layerpress.domain.batch.BatchEventKind;

/**
 * Writes a training injection into the open batch's record (a TRAINING_FAULT event) together with its audit
 * row, in one durable transaction; with no batch open, the audit row alone. The batch's record thus says in
 * words that a fault was trained, beside the HELD and the alarm the fault then causes, so QA can tell the two
 * apart. Which faults and who may inject them is {@code application.training}'s business.
 */
public final class TrainingNotes {

    /** The fault in words, e.g. "Door opened". */
    public static final String FAULT = "training_fault";
    /** What the operator should see next, in words. */
    public static final String EXPECT = "training_expect";

    private final Transactions tx;
    private final OpenBatch batch;

    TrainingNotes(Transactions tx, OpenBatch batch) {
        this.tx = tx;
        this.batch = batch;
    }

    /**
     * Records the injection: in the open batch (at its current step) and through {@code audit}, or through
     * {@code audit} alone; returns the batch it went into, if one was open.
     */
    public Optional<String> record(String actorLogin, String fault, String expect, java.util.function.Consumer<Optional<String>> audit) {
        synchronized (batch.lock()) {
            Optional<BatchRun> open = batch.current().filter(r -> !r.state().finished());
            Optional<String> id = open.map(BatchRun::batchId);
            if (open.isPresent()) {
                int step = open.get().currentStep().map(StepRun::number).orElse(0);
                batch.append(List.of(batch.event(BatchEventKind.TRAINING_FAULT, step, actorLogin, Map.of(FAULT, fault, EXPECT, expect))),
                        null, () -> audit.accept(id));
            } else {
                tx.inTransaction(() -> {
                    audit.accept(id);
                    return null;
                });
            }
            return id;
        }
    }
}
