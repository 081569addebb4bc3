package org.layerpress.ui.batch;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.application.batch.StepRun;
import org.layerpress.ui.controls.DisplayNumbers;
import org.layerpress.ui.controls.Reading;
import org.layerpress.ui.fx.Words;

/**
 * Release: one tap pulses RELEASE; then the force is shown coming down until the sequencer sees it
 * below {@link BatchSequencer#RELEASED_KILONEWTONS} and confirms the step (with the springback).
 */
public final class ReleaseStepViewModel extends StepModel {

    private final ReadOnlyObjectWrapper<Reading> force = new ReadOnlyObjectWrapper<>(this, "force", Reading.STALE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private boolean connected;

    public ReleaseStepViewModel(StepRun step, BatchCalls calls) {
        super(step, calls);
        status.set(statusText(Double.NaN));
    }

    @Override
    public String getConfirmText() {
        // No transducer sees a gauge-only press let go: the tap is the operator's word that the valve is open.
        return Words.get(calls.gaugePress() ? "step.release.valveOpen" : "step.release.confirm");
    }

    public void refresh(LiveInputs live) {
        connected = live.connected();
        double kN = DisplayNumbers.forceShown(live.forceKiloNewtons());
        force.set(Double.isNaN(kN) ? live.staleReading() : Reading.live(StepWords.fixed(Math.max(0, kN), 2)));
        status.set(statusText(kN));
        updated();
    }

    private String statusText(double kN) {
        if (!connected) {
            return Words.get("step.release.notConnected");
        }
        if (calls.gaugePress() && !step.running()) {
            return Words.get("step.release.gauge");
        }
        if (calls.manualPress() && !step.running()) {
            // Nothing is sent to a hand pump: the operator opens the valve, the tap starts watching the force fall.
            return Words.get("step.release.manual");
        }
        if (step.running()) {
            return Words.format("step.release.releasing", StepWords.fixed(BatchSequencer.RELEASED_KILONEWTONS, 1));
        }
        return Double.isNaN(kN) ? "" : Words.format("step.release.holds", StepWords.fixed(Math.max(0, kN), 2));
    }

    @Override
    protected void updated() {
        setReady(connected && !step.running());
    }

    @Override
    protected void send() {
        calls.call(s -> s.release(calls.session()));
    }

    public ReadOnlyObjectProperty<Reading> forceProperty() {
        return force.getReadOnlyProperty();
    }

    public Reading getForce() {
        return force.get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }
}
