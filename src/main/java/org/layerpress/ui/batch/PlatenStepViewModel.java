package org.layerpress.ui.batch;

import org.layerpress.application.batch.StepRun;

/** A HEAT or COOL step: the platens are the PLC's; the operator starts the step, the sequencer ends it. */
public final class PlatenStepViewModel extends StepModel {

    public PlatenStepViewModel(StepRun step, BatchCalls calls) {
        super(step, calls);
        // A heated recipe is refused at batch start until the sequencer drives the platens.
        setReady(false);
    }

    @Override
    protected void send() {
        // Nothing to send yet: see the constructor.
    }
}
