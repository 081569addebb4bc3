package org.layerpress.ui.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.batch.PlatenProgress;
import org.layerpress.application.batch.StepRun;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.Reading;
import org.layerpress.ui.fx.Words;

/**
 * A HEAT or COOL step: one tap starts it (the sequencer writes the platen setpoint); the sequencer
 * ends it itself once the platens have soaked in band, or cooled below the limit. The page shows both
 * platens' temperatures big beside the setpoint written now, what the step is doing in words
 * ("Heating to 180 °C", "Soaking: 42 s left — both platens within ± 3 °C", "Cooling: release below
 * 60 °C"), the soak countdown big, and a trend of both platens. A platen whose temperature is not live
 * (link down, thermocouple open, nothing arrived) reads "—" and says why: never its last value.
 */
public final class PlatenStepViewModel extends StepModel {

    /** A point per this many seconds: an hour of heating is 7 200 points, thinned to pixels when drawn. */
    private static final double TREND_EVERY_S = 0.5;
    private static final int MAX_POINTS = 7_200;

    private final RecipeStep.Heat heat;
    private final RecipeStep.Cool cool;
    private final ReadOnlyObjectWrapper<Reading> top = new ReadOnlyObjectWrapper<>(this, "top", Reading.STALE);
    private final ReadOnlyObjectWrapper<Reading> bottom = new ReadOnlyObjectWrapper<>(this, "bottom", Reading.STALE);
    private final ReadOnlyObjectWrapper<Reading> setpoint = new ReadOnlyObjectWrapper<>(this, "setpoint", Reading.STALE);
    private final ReadOnlyStringWrapper setpointCaption = new ReadOnlyStringWrapper(this, "setpointCaption", "");
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper(this, "phase", "");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(this, "countdown", "");
    private final ReadOnlyObjectWrapper<Message> unreadable = new ReadOnlyObjectWrapper<>(this, "unreadable", Message.NONE);
    private final ReadOnlyObjectWrapper<PlatenTrend> trend = new ReadOnlyObjectWrapper<>(this, "trend");
    private final List<PlatenTrend.Point> points = new ArrayList<>();
    private long firstNanos = Long.MIN_VALUE;

    public PlatenStepViewModel(StepRun step, BatchCalls calls) {
        super(step, calls);
        this.heat = step.step() instanceof RecipeStep.Heat h ? h : null;
        this.cool = step.step() instanceof RecipeStep.Cool c ? c : null;
        trend.set(heat != null ? PlatenTrend.of(heat.setpoint().celsius(), heat.band().celsius()) : PlatenTrend.of(cool.releaseBelow().celsius(), 0));
        setpointCaption.set(Words.get(heat != null ? "platen.setpointNow" : "platen.releaseBelow"));
        setpoint.set(heat != null ? Reading.STALE : Reading.live(oneDecimal(cool.releaseBelow().celsius())));
        countdown.set(heat != null ? soakText(heat.soak().toMillis() / 1000.0) : "");
        updated();
    }

    private boolean heating() {
        return heat != null;
    }

    @Override
    public String getConfirmText() {
        return Words.get(step.step().kind() == StepKind.HEAT ? "platen.startHeating" : "platen.startCooling");
    }

    /** What the recipe asks of this step, with units: setpoint, ramp, band and soak, or the cool limit. */
    public String getSetpointText() {
        if (heating()) {
            return Words.format("platen.heatSetpoint",
                    StepWords.num(heat.setpoint().celsius()), StepWords.num(heat.rampCelsiusPerMinute()), StepWords.num(heat.soak().toMillis() / 1000.0),
                    StepWords.num(heat.band().celsius()));
        }
        return Words.format("platen.coolSetpoint",
                Words.get(cool.underLoad() ? "platen.underLoad" : "platen.loadReleased"), StepWords.num(cool.releaseBelow().celsius()));
    }

    @Override
    protected void updated() {
        setReady(!step.running());
        if (!step.running()) {
            phase.set(Words.get(heating() ? "platen.readyHeat" : "platen.readyCool"));
        }
    }

    /**
     * One poll: both platens from the live values, and what the sequencer is doing with this step now
     * ({@code progress} empty while it watches nothing, or watches another step).
     */
    public void refresh(LiveInputs live, Optional<PlatenProgress> progress) {
        double t = celsius(live, StandardSignal.PLATEN_TEMPERATURE_TOP);
        double b = celsius(live, StandardSignal.PLATEN_TEMPERATURE_BOTTOM);
        top.set(reading(t));
        bottom.set(reading(b));
        List<String> why = new ArrayList<>();
        problem(live, StandardSignal.PLATEN_TEMPERATURE_TOP, Words.get("platen.top")).ifPresent(why::add);
        problem(live, StandardSignal.PLATEN_TEMPERATURE_BOTTOM, Words.get("platen.bottom")).ifPresent(why::add);
        unreadable.set(why.isEmpty() ? Message.NONE : Message.warning(String.join(" ", why)));
        follow(live.nanos(), t, b);

        Optional<PlatenProgress> mine = progress.filter(p -> p.step() == step.number());
        if (heating()) {
            mine.ifPresent(p -> setpoint.set(Reading.live(oneDecimal(p.writtenCelsius()))));
            if (mine.isEmpty() && !step.running()) {
                setpoint.set(Reading.STALE); // nothing written by this step yet
            }
        }
        if (step.running()) {
            phase.set(heating() ? heatingPhase(mine, why.isEmpty()) : coolingPhase());
            countdown.set(heating() ? heatingCountdown(mine) : coolingCountdown(t, b));
        }
        updated();
    }

    private String heatingPhase(Optional<PlatenProgress> p, boolean bothRead) {
        String to = Words.format("platen.heatingTo", StepWords.num(heat.setpoint().celsius()));
        String band = Words.format("platen.bothWithin", StepWords.num(heat.band().celsius()));
        if (p.isEmpty() || !bothRead) {
            return to;
        }
        if (p.get().soakedSeconds() > 0) {
            return Words.format("platen.soaking", soakText(p.get().soakRemainingSeconds().orElse(0)), band);
        }
        if (p.get().writtenCelsius() == heat.setpoint().celsius()) {
            return Words.format("platen.soakStartsWith", to, band);
        }
        return to;
    }

    private String heatingCountdown(Optional<PlatenProgress> p) {
        double full = heat.soak().toMillis() / 1000.0;
        return soakText(p.map(x -> x.soakRemainingSeconds().orElse(full)).orElse(full));
    }

    private String coolingPhase() {
        return Words.format("platen.cooling", StepWords.num(cool.releaseBelow().celsius()));
    }

    /** How far the hotter platen still has to fall, or that both are below: nothing while either is unknown. */
    private String coolingCountdown(double t, double b) {
        if (Double.isNaN(t) || Double.isNaN(b)) {
            return "";
        }
        double over = Math.max(t, b) - cool.releaseBelow().celsius();
        return over > 0 ? Words.format("platen.toGo", oneDecimal(over)) : Words.get("platen.bothBelow");
    }

    private void follow(long nanos, double t, double b) {
        if (firstNanos == Long.MIN_VALUE) {
            firstNanos = nanos;
        }
        double s = (nanos - firstNanos) / 1e9;
        if (!points.isEmpty() && s - points.get(points.size() - 1).seconds() < TREND_EVERY_S) {
            return;
        }
        if (points.size() >= MAX_POINTS) {
            points.remove(0);
        }
        points.add(new PlatenTrend.Point(s, t, b));
        trend.set(trend.get().with(points));
    }

    /** °C of one platen, NaN unless the link is up and the PLC sent a good number for it. */
    private static double celsius(LiveInputs live, StandardSignal signal) {
        PressSample s = live.connected() ? live.snapshot().get(signal) : null;
        return s != null && s.good() && Double.isFinite(s.value()) ? s.value() : Double.NaN;
    }

    private static Optional<String> problem(LiveInputs live, StandardSignal signal, String name) {
        if (!live.connected()) {
            return Optional.of(Words.format("platen.linkDown", name));
        }
        PressSample s = live.snapshot().get(signal);
        if (s == null) {
            return Optional.of(Words.format("platen.noneArrived", name));
        }
        if (!s.good() || !Double.isFinite(s.value())) {
            return Optional.of(Words.format("platen.badReading", name, s.problem().isEmpty() ? Words.get("platen.badQuality") : s.problem()));
        }
        return Optional.empty();
    }

    private static Reading reading(double celsius) {
        return Double.isNaN(celsius) ? Reading.STALE : Reading.live(oneDecimal(celsius));
    }

    private static String oneDecimal(double v) {
        return StepWords.fixed(v, 1);
    }

    private static String soakText(double seconds) {
        return String.format(Locale.ROOT, "%d s", (long) Math.ceil(seconds - 1e-9));
    }

    @Override
    protected void send() {
        if (heating()) {
            calls.call(s -> s.heat(calls.session()));
        } else {
            calls.call(s -> s.cool(calls.session()));
        }
    }

    public ReadOnlyObjectProperty<Reading> topProperty() {
        return top.getReadOnlyProperty();
    }

    public Reading getTop() {
        return top.get();
    }

    public ReadOnlyObjectProperty<Reading> bottomProperty() {
        return bottom.getReadOnlyProperty();
    }

    public Reading getBottom() {
        return bottom.get();
    }

    public ReadOnlyObjectProperty<Reading> setpointProperty() {
        return setpoint.getReadOnlyProperty();
    }

    public Reading getSetpoint() {
        return setpoint.get();
    }

    public ReadOnlyStringProperty setpointCaptionProperty() {
        return setpointCaption.getReadOnlyProperty();
    }

    public String getSetpointCaption() {
        return setpointCaption.get();
    }

    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public String getPhase() {
        return phase.get();
    }

    /** What the big number under the readouts counts: the soak still to go, or how far the platens still have to cool. */
    public String getCountdownCaption() {
        return Words.get(heating() ? "platen.soakLeft" : "platen.untilRelease");
    }

    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public String getCountdown() {
        return countdown.get();
    }

    public ReadOnlyObjectProperty<Message> unreadableProperty() {
        return unreadable.getReadOnlyProperty();
    }

    public Message getUnreadable() {
        return unreadable.get();
    }

    public ReadOnlyObjectProperty<PlatenTrend> trendProperty() {
        return trend.getReadOnlyProperty();
    }

    public PlatenTrend getTrend() {
        return trend.get();
    }
}
