package org.layerpress.ui.batch;

import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.recipe.StepKind;

/**
 * A HEAT or COOL step: one tap starts it (the sequencer writes the platen setpoint); the sequencer
 * ends it itself once the platens have soaked in band, or cooled below the limit.
 */
public final class PlatenStepViewModel extends StepModel {

    public PlatenStepViewModel(StepRun step, BatchCalls calls) {
        super(step, calls);
        setReady(!step.running());
    }

    @Override
    public String getConfirmText() {
        return step.step().kind() == StepKind.HEAT ? "Start heating" : "Start cooling";
    }

    @Override
    protected void updated() {
        setReady(!step.running());
    }

    @Override
    protected void send() {
        if (step.step().kind() == StepKind.HEAT) {
            calls.call(s -> s.heat(calls.session()));
        } else {
            calls.call(s -> s.cool(calls.session()));
        }
    }
}
