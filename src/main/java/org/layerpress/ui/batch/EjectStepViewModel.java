package org.layerpress.ui.batch;

import org.layerpress.application.batch.StepRun;

/** The pellet is out of the die: one tap (the sequencer refuses while the press still holds force). */
public final class EjectStepViewModel extends StepModel {

    public EjectStepViewModel(StepRun step, BatchCalls calls) {
        super(step, calls);
        setReady(true);
    }

    @Override
    public String getConfirmText() {
        return "Pellet ejected";
    }

    @Override
    protected void send() {
        calls.call(s -> s.eject(calls.session()));
    }
}
