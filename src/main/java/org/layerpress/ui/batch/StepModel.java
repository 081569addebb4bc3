package org.layerpress.ui.batch;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.layerpress.application.batch.StepRun;
import org.layerpress.ui.fx.Words;

/**
 * What one kind of step needs before its confirmation may be sent ({@link #readyProperty()}) and
 * the call that sends it. The sequencer checks everything again; this only keeps the Confirm
 * control honest. Subclasses hold no controls, so they are tested without a stage.
 */
public abstract class StepModel {

    protected StepRun step;
    protected final BatchCalls calls;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private Consumer<String> scanTarget;

    protected StepModel(StepRun step, BatchCalls calls) {
        this.step = Objects.requireNonNull(step, "step");
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    /**
     * While a pad for a code is open on this page, the scanner types into it (not into the page behind):
     * returns what ends that; the pad calls it as it closes.
     */
    public Runnable scanInto(Consumer<String> pad) {
        scanTarget = Objects.requireNonNull(pad, "pad");
        return () -> {
            if (scanTarget == pad) {
                scanTarget = null;
            }
        };
    }

    /** Where a scan goes while a pad is open on this page. */
    public Optional<Consumer<String>> scanTarget() {
        return Optional.ofNullable(scanTarget);
    }

    public StepRun step() {
        return step;
    }

    /**
     * A newer snapshot of the same step attempt (e.g. the press started running); the operator's
     * entries so far are kept.
     */
    public void update(StepRun newer) {
        this.step = Objects.requireNonNull(newer, "newer");
        updated();
    }

    /** Hook for kinds whose readiness depends on the recorded phase. */
    protected void updated() {
    }

    public String getTitle() {
        return step.step().title();
    }

    public String getInstruction() {
        return StepWords.instruction(step);
    }

    /** What the Confirm button says. */
    public String getConfirmText() {
        return Words.get("step.confirm");
    }

    /** Sends the confirmation if ready (and nothing else is running). */
    public final void confirm() {
        if (ready.get() && !calls.isBusy()) {
            send();
        }
    }

    protected abstract void send();

    protected final void setReady(boolean value) {
        ready.set(value);
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public boolean isReady() {
        return ready.get();
    }

    /** Confirm may be tapped: ready and no call running. */
    public BooleanBinding confirmableProperty() {
        return ready.and(calls.busyProperty().not());
    }
}
