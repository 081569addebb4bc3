package org.layerpress.ui.batch;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.application.batch.StepRun;
import org.layerpress.ui.controls.DisplayNumbers;
import org.layerpress.ui.controls.Reading;

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
        return calls.gaugePress() ? "Release valve is open" : "Release";
    }

    public void refresh(LiveInputs live) {
        connected = live.connected();
        double kN = DisplayNumbers.forceShown(live.forceKiloNewtons());
        force.set(Double.isNaN(kN) ? live.staleReading() : Reading.live(String.format(Locale.ROOT, "%.2f", Math.max(0, kN))));
        status.set(statusText(kN));
        updated();
    }

    private String statusText(double kN) {
        if (!connected) {
            return "PLC link not connected: the release cannot be sent.";
        }
        if (calls.gaugePress() && !step.running()) {
            return "Release now: open the release valve, watch the gauge fall to zero, then confirm the valve is open.";
        }
        if (calls.manualPress() && !step.running()) {
            // Nothing is sent to a hand pump: the operator opens the valve, the tap starts watching the force fall.
            return "Release now: open the release valve, then tap Release.";
        }
        if (step.running()) {
            return String.format(Locale.ROOT, "Releasing: waiting for the force to fall below %.1f kN.", BatchSequencer.RELEASED_KILONEWTONS);
        }
        return Double.isNaN(kN) ? "" : String.format(Locale.ROOT, "The press holds %.2f kN.", Math.max(0, kN));
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
