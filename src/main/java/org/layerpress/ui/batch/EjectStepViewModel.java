package org.layerpress.ui.batch;

import org.layerpress.application.batch.StepRun;
import org.layerpress.ui.fx.Words;

/** The pellet is out of the die: one tap (the sequencer refuses while the press still holds force). */
public final class EjectStepViewModel extends StepModel {

    public EjectStepViewModel(StepRun step, BatchCalls calls) {
        super(step, calls);
        setReady(true);
    }

    @Override
    public String getConfirmText() {
        return Words.get("step.eject.confirm");
    }

    @Override
    protected void send() {
        calls.call(s -> s.eject(calls.session()));
    }
}
