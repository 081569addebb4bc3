package org.layerpress.ui.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.batch.StepRun;
import org.layerpress.application.batch.VesselProgress;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.Reading;
import org.layerpress.ui.fx.Words;

/**
 * A PRESSURISE or DEPRESSURISE on an isostatic vessel: the live vessel pressure big (MPa, never a
 * force), the recipe's target and band in words, the hold countdown big, a trend of the vessel
 * pressure against the band, on a warm step the medium against its setpoint with the soak left, the lid's state in words
 * (abnormal in colour and words, never colour alone), why Start is blocked, and Start as
 * hold-to-confirm. The sequencer times the hold and vents after it; this page only shows and starts.
 */
public final class VesselStepViewModel extends StepModel {

    /** The key of the lid's words when it reads not locked: what is wrong and what to do. */
    static final String LID_OPEN = "vessel.lidOpen";
    static final String LID_LOCKED = "vessel.lidLocked";
    /** The trend takes a point this often: an hour's hold is 7 200 points. */
    private static final double TREND_EVERY_S = 0.5;
    private static final int MAX_POINTS = 7_200;

    private final RecipeStep.Pressurise pressurise;
    private final RecipeStep.Depressurise vent;
    private final ReadOnlyObjectWrapper<Reading> pressure = new ReadOnlyObjectWrapper<>(this, "pressure", Reading.STALE);
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(this, "countdown", "");
    private final ReadOnlyStringWrapper lid = new ReadOnlyStringWrapper(this, "lid", "");
    private final ReadOnlyBooleanWrapper lidAbnormal = new ReadOnlyBooleanWrapper(this, "lidAbnormal");
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper(this, "phase", "");
    private final ReadOnlyObjectWrapper<Message> blocked = new ReadOnlyObjectWrapper<>(this, "blocked", Message.NONE);
    private final ReadOnlyObjectWrapper<VesselTrend> trend = new ReadOnlyObjectWrapper<>(this, "trend");
    private final ReadOnlyStringWrapper medium = new ReadOnlyStringWrapper(this, "medium", "");
    private final List<VesselTrend.Point> points = new ArrayList<>();
    private long firstNanos = Long.MIN_VALUE;

    public VesselStepViewModel(StepRun step, BatchCalls calls) {
        super(step, calls);
        this.pressurise = step.step() instanceof RecipeStep.Pressurise p ? p : null;
        this.vent = step.step() instanceof RecipeStep.Depressurise d ? d : null;
        countdown.set(pressurise != null ? seconds(holdSeconds()) : "");
        phase.set(Words.get(pressurise != null ? "vessel.readyPressurise" : "vessel.readyVent"));
        trend.set(pressurise != null ? VesselTrend.of(pressurise.target().megaPascals(), pressurise.band().megaPascals()) : VesselTrend.of(0, 0));
        medium.set(pressurise != null && pressurise.warm() ? mediumWords(Optional.empty()) : "");
    }

    private double holdSeconds() {
        return pressurise.hold().toMillis() / 1000.0;
    }

    @Override
    public String getConfirmText() {
        // Short words: the action column is narrow, and "pressurise" would break mid-word there.
        return Words.get(pressurise != null ? "vessel.holdToStart" : "vessel.holdToVent");
    }

    /** What the recipe asks, with units: the vessel pressure, its band, rate and hold; or the fastest vent. */
    public String getSetpointText() {
        if (pressurise != null) {
            double lower = pressurise.target().megaPascals() - pressurise.band().megaPascals();
            return Words.format("vessel.setpoint",
                    StepWords.num(pressurise.target().megaPascals()), StepWords.num(lower), StepWords.num(pressurise.upperLimit().megaPascals()),
                    StepWords.num(pressurise.rate().megaPascalsPerSecond()), StepWords.num(holdSeconds()));
        }
        return Words.format("vessel.ventSetpoint", StepWords.num(vent.maxRate().megaPascalsPerSecond()));
    }

    /** What the big number under the pressure counts. */
    public String getCountdownCaption() {
        return pressurise != null ? Words.get("vessel.holdLeft") : "";
    }

    /**
     * One poll: the vessel pressure and the lid from the live values, and what the sequencer is doing
     * with this step ({@code progress} empty while it watches nothing, or another step).
     */
    public void refresh(LiveInputs live, Optional<VesselProgress> progress) {
        PressSample p = live.connected() ? live.snapshot().get(StandardSignal.VESSEL_PRESSURE) : null;
        boolean read = p != null && p.good() && Double.isFinite(p.value());
        pressure.set(read ? Reading.live(StepWords.fixed(Math.max(0, p.value()), 1)) : live.staleReading());
        follow(live.nanos(), read ? p.value() : Double.NaN);
        PressSample l = live.connected() ? live.snapshot().get(StandardSignal.LID_LOCKED) : null;
        boolean locked = l != null && l.good() && l.asBoolean();
        lid.set(Words.get(l == null || !l.good() ? "vessel.lidNoReading" : locked ? LID_LOCKED : LID_OPEN));
        lidAbnormal.set(!locked);

        List<String> now = new ArrayList<>(live.startBlockers());
        if (vent != null) {
            // A vent takes a vessel that is holding: the PLC is busy then, not unready.
            now.remove("PLC not ready");
        }
        if (!locked) {
            now.add(Words.get("vessel.lidNotLocked"));
        }
        boolean blocks = !now.isEmpty() && !step.running();
        blocked.set(blocks ? Message.warning(Words.format("vessel.blocked", String.join(", ", now))) : Message.NONE);

        Optional<VesselProgress> mine = progress.filter(x -> x.step() == step.number());
        if (pressurise != null && pressurise.warm()) {
            medium.set(mediumWords(mine.map(VesselProgress::medium)));
        }
        if (step.running()) {
            phase.set(running(mine));
            mine.flatMap(x -> x.holdRemainingSeconds().isPresent() ? Optional.of(x.holdRemainingSeconds().getAsDouble()) : Optional.empty())
                    .ifPresent(left -> countdown.set(seconds(left)));
        } else {
            phase.set(Words.get(blocks ? "vessel.blockedSee" : pressurise != null ? "vessel.readyPressurise" : "vessel.readyVent"));
        }
        setReady(!blocks && !step.running());
    }

    private String running(Optional<VesselProgress> p) {
        if (vent != null) {
            return Words.get("vessel.venting");
        }
        String band = Words.format("vessel.band", StepWords.num(pressurise.target().megaPascals() - pressurise.band().megaPascals()),
                StepWords.num(pressurise.upperLimit().megaPascals()));
        if (p.isPresent() && p.get().soaking()) {
            return Words.get("vessel.heatingMedium");
        }
        if (p.isPresent() && p.get().holding()) {
            return Words.format("vessel.holding", band, seconds(p.get().holdRemainingSeconds().orElse(0)));
        }
        return Words.format("vessel.pressurising", StepWords.num(pressurise.target().megaPascals()), band);
    }

    /**
     * The warm step's medium in words: its temperature now against the setpoint and band, and the soak
     * left while soaking. No reading is said as such, never as a number.
     */
    private String mediumWords(Optional<VesselProgress.Medium> m) {
        double setpoint = pressurise.temperature().orElseThrow().celsius();
        double band = pressurise.temperatureBand().map(t -> t.celsius()).orElse(0.0);
        String target = Words.format("vessel.mediumTarget", StepWords.num(setpoint), StepWords.num(band));
        if (m.isEmpty() || m.get() == null) {
            return Words.format("vessel.mediumBefore", target, seconds(pressurise.soak().toMillis() / 1000.0));
        }
        VesselProgress.Medium now = m.get();
        String reading = now.celsius().isPresent() ? StepWords.fixed(now.celsius().getAsDouble(), 1) + " \u00b0C" : Words.get("vessel.noReading");
        if (now.soaking()) {
            return Words.format("vessel.mediumSoaking", reading, target, seconds(now.soakRemainingSeconds()));
        }
        return Words.format("vessel.mediumSoaked", reading, target);
    }

    /** Adds the pressure now to the trend, at most every {@link #TREND_EVERY_S}. */
    private void follow(long nanos, double megaPascals) {
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
        points.add(new VesselTrend.Point(s, megaPascals));
        trend.set(trend.get().with(points));
    }

    @Override
    protected void updated() {
        if (step.running()) {
            setReady(false);
        }
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%d s", (long) Math.ceil(s - 1e-9));
    }

    @Override
    protected void send() {
        if (pressurise != null) {
            calls.call(s -> s.vessel().pressurise(calls.session()));
        } else {
            calls.call(s -> s.vessel().depressurise(calls.session()));
        }
    }

    public ReadOnlyObjectProperty<Reading> pressureProperty() {
        return pressure.getReadOnlyProperty();
    }

    public Reading getPressure() {
        return pressure.get();
    }

    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public String getCountdown() {
        return countdown.get();
    }

    public ReadOnlyStringProperty lidProperty() {
        return lid.getReadOnlyProperty();
    }

    public String getLid() {
        return lid.get();
    }

    public ReadOnlyBooleanProperty lidAbnormalProperty() {
        return lidAbnormal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public String getPhase() {
        return phase.get();
    }

    public ReadOnlyObjectProperty<VesselTrend> trendProperty() {
        return trend.getReadOnlyProperty();
    }

    public VesselTrend getTrend() {
        return trend.get();
    }

    /** A warm PRESSURISE: the page shows the medium's line. */
    public boolean isWarm() {
        return pressurise != null && pressurise.warm();
    }

    public ReadOnlyStringProperty mediumProperty() {
        return medium.getReadOnlyProperty();
    }

    public String getMedium() {
        return medium.get();
    }

    public ReadOnlyObjectProperty<Message> blockedProperty() {
        return blocked.getReadOnlyProperty();
    }

    public Message getBlocked() {
        return blocked.get();
    }
}
