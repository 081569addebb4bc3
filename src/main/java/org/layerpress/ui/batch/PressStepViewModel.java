package org.layerpress.ui.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.application.batch.ManualProgress;
import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.Reading;
import org.layerpress.ui.fx.Words;

/**
 * A press step: big live pressure (MPa) and force (kN), the pressure of this step against the
 * recipe's target and band, the hold countdown, and why Start is blocked, in words. Start (hold to
 * confirm) is ready only while nothing blocks it and the step is not already running. The hold
 * countdown starts when the pressure first reaches the band, as the PLC's own hold does. While the
 * press runs, Stop is offered in Start's place: a reason tapped from {@link #STOP_REASONS} stops the
 * press and holds the batch (the sequencer's {@code stopPress}); it is no emergency stop.
 */
public final class PressStepViewModel extends StepModel {

    private static final int MAX_POINTS = 3_000;

    /** Why an operator stops a running press step, to tap: one tap on a reason stops it. */
    public static final List<String> STOP_REASONS = List.of(
            "Powder escaping from the die", "Unusual noise or movement", "Die or punch misaligned", "Wrong layer or setpoint",
            "Something else looks wrong");

    private final RecipeStep.Press press;
    private final Die die;
    private final ReadOnlyObjectWrapper<Reading> pressure = new ReadOnlyObjectWrapper<>(this, "pressure", Reading.STALE);
    private final ReadOnlyObjectWrapper<Reading> force = new ReadOnlyObjectWrapper<>(this, "force", Reading.STALE);
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper(this, "phase", "");
    private final ReadOnlyBooleanWrapper stoppable = new ReadOnlyBooleanWrapper(this, "stoppable");
    private final ReadOnlyObjectWrapper<Message> blocked = new ReadOnlyObjectWrapper<>(this, "blocked", Message.NONE);
    private final ReadOnlyObjectWrapper<StepTrend> trend = new ReadOnlyObjectWrapper<>(this, "trend");
    /** While the step is pumped by hand: the gauge and the instruction (null on an automatic press). */
    private final ReadOnlyObjectWrapper<ManualPressGauge> manual = new ReadOnlyObjectWrapper<>(this, "manual");
    /** On a press with a gauge only: the band on the dial, the readings typed in, the countdown (null otherwise). */
    private final GaugeStepModel gauge;
    private final ObservableList<String> blockers = FXCollections.observableArrayList();
    private final List<StepTrend.Point> points = new ArrayList<>();
    private long startNanos = -1;
    private long holdStartNanos = -1;

    /** @param die the batch's die: turns the recipe's MPa into the kN the press works in */
    public PressStepViewModel(StepRun step, BatchCalls calls, Die die) {
        super(step, calls);
        this.press = (RecipeStep.Press) step.step();
        this.die = die;
        trend.set(StepTrend.profile(press.target().megaPascals(), press.band().megaPascals(), press.ramp().megaPascalsPerSecond(), holdSeconds()));
        phase.set(Words.get("step.press.ready"));
        gauge = calls.gaugePress() ? new GaugeStepModel(calls::gaugeProgress, calls::gaugeReading) : null;
    }

    /** The gauge page's model on a press read off a gauge; null on a press with a transducer. */
    public GaugeStepModel getGauge() {
        return gauge;
    }

    private double holdSeconds() {
        return press.hold().toMillis() / 1000.0;
    }

    @Override
    public String getConfirmText() {
        return Words.get("step.press.confirm");
    }

    /** Target, force at the target in this die, ramp, hold and band, with units. */
    public String getSetpointText() {
        String force = die == null ? "" : Words.format("step.press.inDie", StepWords.fixed(die.forceFor(press.target()).kiloNewtons(), 2),
                StepWords.num(die.bore().millimetres()));
        if (calls.manualPress()) {
            // By hand there is no ramp to follow: the operator pumps to the band.
            return Words.format("step.press.manualSetpoint", StepWords.num(press.target().megaPascals()),
                    force, StepWords.num(holdSeconds()), StepWords.num(press.band().megaPascals()));
        }
        return Words.format("step.press.setpoint",
                StepWords.num(press.target().megaPascals()), force, StepWords.num(press.ramp().megaPascalsPerSecond()),
                StepWords.num(holdSeconds()), StepWords.num(press.band().megaPascals()));
    }

    /**
     * The big numbers alone, on the frame after a sample (the screen's live pulse); NaN when force is
     * not live. Sets only what changed, so an unchanged number costs no relayout.
     */
    public void showForce(double kN) {
        showForce(kN, Reading.STALE);
    }

    /** As {@link #showForce(double)}; a value that is not live shows {@code whenStale} (e.g. "no data since 14:02:11"). */
    public void showForce(double kN, Reading whenStale) {
        double mpa = die == null || Double.isNaN(kN) ? Double.NaN : die.pressureFor(org.layerpress.domain.units.Force.kiloNewtons(kN)).megaPascals();
        // One decimal of kN (0.1 kN ≈ 1.3 MPa in a 10 mm die) keeps the big number whole at glove distance; the record keeps 0.001 kN.
        Reading f = Double.isNaN(kN) ? whenStale : Reading.live(StepWords.fixed(Math.max(0, kN), 1));
        Reading p = Double.isNaN(mpa) ? whenStale : Reading.live(StepWords.fixed(Math.max(0, mpa), 0));
        if (!f.equals(force.get())) {
            force.set(f);
        }
        if (!p.equals(pressure.get())) {
            pressure.set(p);
        }
    }

    public void refresh(LiveInputs live) {
        double kN = live.forceKiloNewtons();
        double mpa = die == null || Double.isNaN(kN) ? live.pressureMegaPascals()
                : die.pressureFor(org.layerpress.domain.units.Force.kiloNewtons(kN)).megaPascals();
        showForce(kN, live.staleReading());
        if (die == null) {
            // No die of its own: the pressure for the die the live state knows.
            pressure.set(Double.isNaN(mpa) ? live.staleReading() : Reading.live(StepWords.fixed(Math.max(0, mpa), 0)));
        }

        List<String> now = new ArrayList<>(live.startBlockers());
        if (step.running()) {
            now.add(Words.get("step.press.running"));
        }
        if (!blockers.equals(now)) {
            blockers.setAll(now);
        }
        // While the press runs, PLC "not ready" is its normal busy state, not something to fix: no notice then.
        boolean interlocksBlock = !live.startBlockers().isEmpty() && !step.running();
        blocked.set(interlocksBlock ? Message.warning(Words.format("step.press.blocked", String.join(", ", live.startBlockers()))) : Message.NONE);

        Optional<ManualProgress> byHand = step.running() ? calls.manualProgress() : Optional.empty();
        manual.set(byHand.map(p -> ManualPressGauge.of(p, mpa)).orElse(null));
        if (gauge != null) {
            gauge.refresh();
        }
        if (step.running() && gauge != null) {
            // No transducer: the instruction and the countdown the station keeps from the confirmed reading.
            phase.set(gauge.instructionProperty().get() + " (" + gauge.bandProperty().get() + ")"
                    + (gauge.countdownProperty().get().isEmpty() ? "" : ". " + gauge.countdownProperty().get()));
        } else if (step.running()) {
            follow(live.nanos(), mpa);
            byHand.ifPresent(p -> phase.set(manual.get().words()));
        } else {
            phase.set(Words.get(interlocksBlock ? "step.press.blockedSee" : "step.press.ready"));
        }
        updated();
    }

    private void follow(long nanos, double mpa) {
        if (startNanos < 0) {
            startNanos = nanos;
            points.clear();
        }
        double t = (nanos - startNanos) / 1e9;
        if (points.size() >= MAX_POINTS) {
            points.remove(0);
        }
        points.add(new StepTrend.Point(t, mpa));
        trend.set(trend.get().with(points));
        double lower = press.target().megaPascals() - press.band().megaPascals();
        if (holdStartNanos < 0 && !Double.isNaN(mpa) && mpa >= lower) {
            holdStartNanos = nanos;
        }
        if (holdStartNanos < 0) {
            phase.set(Words.format("step.press.ramping", StepWords.num(press.target().megaPascals())));
        } else {
            double left = Math.max(0, holdSeconds() - (nanos - holdStartNanos) / 1e9);
            phase.set(left > 0 ? Words.format("step.press.holding", StepWords.fixed(left, 1)) : Words.get("step.press.holdOver"));
        }
    }

    @Override
    protected void updated() {
        setReady(blockers.isEmpty() && !step.running());
        stoppable.set(step.running());
    }

    /** Stop with the reason tapped; only while the press runs this step (the sequencer checks again). */
    public void stop(String reason) {
        if (stoppable.get() && reason != null && !reason.isBlank()) {
            calls.call(s -> s.stopPress(calls.session(), reason));
        }
    }

    /** The press runs this step: Stop is shown instead of Start. */
    public ReadOnlyBooleanProperty stoppableProperty() {
        return stoppable.getReadOnlyProperty();
    }

    public boolean isStoppable() {
        return stoppable.get();
    }

    @Override
    protected void send() {
        calls.call(s -> s.startPress(calls.session()));
    }

    public ObservableList<String> blockers() {
        return blockers;
    }

    public ReadOnlyObjectProperty<Reading> pressureProperty() {
        return pressure.getReadOnlyProperty();
    }

    public Reading getPressure() {
        return pressure.get();
    }

    public ReadOnlyObjectProperty<Reading> forceProperty() {
        return force.getReadOnlyProperty();
    }

    public Reading getForce() {
        return force.get();
    }

    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public String getPhase() {
        return phase.get();
    }

    public ReadOnlyObjectProperty<Message> blockedProperty() {
        return blocked.getReadOnlyProperty();
    }

    public Message getBlocked() {
        return blocked.get();
    }

    /** The gauge and the big instruction while this step is pumped by hand; null otherwise. */
    public ReadOnlyObjectProperty<ManualPressGauge> manualProperty() {
        return manual.getReadOnlyProperty();
    }

    public ManualPressGauge getManual() {
        return manual.get();
    }

    public ReadOnlyObjectProperty<StepTrend> trendProperty() {
        return trend.getReadOnlyProperty();
    }

    public StepTrend getTrend() {
        return trend.get();
    }
}
