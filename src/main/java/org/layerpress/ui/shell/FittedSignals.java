package org.layerpress.ui.shell;

import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.layerpress.application.press.StandardSignal;

/**
 * Which rows of the side column of status signals (and of the live readouts) this press has, from its mapping: a row whose
 * signal the mapping does not bind is hidden rather than shown as STALE, since a manual pump press
 * has no door switch, no e-stop input and no sequence, and a STALE word there would read as a fault
 * the operator cannot clear. Fixed for the session (the mapping is loaded once); layouts bind
 * {@code visible} and {@code managed} to {@code ${controller.viewModel.fitted.door}} and so on.
 */
public final class FittedSignals {

    /** Every row shown: for a port without a mapping, which speaks the whole contract. */
    public static final Predicate<StandardSignal> ALL = signal -> true;

    private final ReadOnlyBooleanWrapper force;
    private final ReadOnlyBooleanWrapper position;
    private final ReadOnlyBooleanWrapper door;
    private final ReadOnlyBooleanWrapper lid;
    private final ReadOnlyBooleanWrapper released;
    private final ReadOnlyBooleanWrapper estop;
    private final ReadOnlyBooleanWrapper plc;
    private final ReadOnlyBooleanWrapper running;
    private final ReadOnlyBooleanWrapper stepDone;
    private final ReadOnlyBooleanWrapper fault;

    /** @param mapped whether the press's mapping binds a signal ({@code LivePressState::isMapped}) */
    public FittedSignals(Predicate<StandardSignal> mapped) {
        Objects.requireNonNull(mapped, "mapped");
        // Force from a load cell or from oil pressure through the ram area; a gauge-only press has neither.
        force = row("force", mapped.test(StandardSignal.FORCE));
        position = row("position", mapped.test(StandardSignal.RAM_POSITION));
        door = row("door", mapped.test(StandardSignal.DOOR_CLOSED));
        // An isostatic vessel has a lid and a released switch instead of a door: its rows, and only on a vessel.
        lid = row("lid", mapped.test(StandardSignal.LID_LOCKED));
        released = row("released", mapped.test(StandardSignal.PRESSURE_RELEASED));
        estop = row("estop", mapped.test(StandardSignal.ESTOP_OK));
        // The PLC row says READY, NOT READY or BUSY: it needs one of the two signals it is read from.
        plc = row("plc", mapped.test(StandardSignal.READY) || mapped.test(StandardSignal.RUNNING));
        running = row("running", mapped.test(StandardSignal.RUNNING));
        stepDone = row("stepDone", mapped.test(StandardSignal.STEP_DONE));
        fault = row("fault", mapped.test(StandardSignal.FAULT_CODE));
    }

    private ReadOnlyBooleanWrapper row(String name, boolean fitted) {
        return new ReadOnlyBooleanWrapper(this, name, fitted);
    }

    /** The force and pellet pressure readouts and the force trend: a gauge-only manual press has no transducer. */
    public ReadOnlyBooleanProperty forceProperty() {
        return force.getReadOnlyProperty();
    }

    public boolean isForce() {
        return force.get();
    }

    /** The ram position readout: a manual pump press has no position sensor. */
    public ReadOnlyBooleanProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public boolean isPosition() {
        return position.get();
    }

    public ReadOnlyBooleanProperty doorProperty() {
        return door.getReadOnlyProperty();
    }

    public boolean isDoor() {
        return door.get();
    }

    public ReadOnlyBooleanProperty lidProperty() {
        return lid.getReadOnlyProperty();
    }

    public boolean isLid() {
        return lid.get();
    }

    public ReadOnlyBooleanProperty releasedProperty() {
        return released.getReadOnlyProperty();
    }

    public boolean isReleased() {
        return released.get();
    }

    public ReadOnlyBooleanProperty estopProperty() {
        return estop.getReadOnlyProperty();
    }

    public boolean isEstop() {
        return estop.get();
    }

    public ReadOnlyBooleanProperty plcProperty() {
        return plc.getReadOnlyProperty();
    }

    public boolean isPlc() {
        return plc.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyBooleanProperty stepDoneProperty() {
        return stepDone.getReadOnlyProperty();
    }

    public boolean isStepDone() {
        return stepDone.get();
    }

    public ReadOnlyBooleanProperty faultProperty() {
        return fault.getReadOnlyProperty();
    }

    public boolean isFault() {
        return fault.get();
    }
}
