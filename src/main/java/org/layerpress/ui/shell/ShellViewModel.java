package org.layerpress.ui.shell;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LinkStatus;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.ui.controls.DisplayNumbers;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.controls.Reading;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.controls.TrendSnapshot;

/**
 * What the shell screen shows, as JavaFX properties and nothing else: every text, stale marker and
 * abnormal flag is decided here, so it is tested by calling {@link #refresh} with plain data.
 *
 * <p>A value is live only while the link is {@link LinkState#CONNECTED} and its latest sample is good;
 * otherwise it shows {@link Reading#NO_VALUE} and a STALE marker, never an old number. Call on the FX
 * thread once bound to a scene; the caller bounds the rate ({@link ShellView} polls at 10 Hz).
 */
public final class ShellViewModel {

    /** How far back the force trend reaches. */
    public static final Duration TREND_SPAN = Duration.ofSeconds(30);
    private static final int MAX_TREND_POINTS = 2_000;
    private static final LinkStatus NO_STATUS = LinkStatus.of(LinkState.CONNECTING, "");

    private static final Indication DOOR_CLOSED = Indication.normal("CLOSED", Glyph.OK);
    private static final Indication DOOR_OPEN = Indication.warning("OPEN");
    private static final Indication ESTOP_OK = Indication.normal("OK", Glyph.OK);
    private static final Indication ESTOP_PRESSED = Indication.alarm("PRESSED");
    private static final Indication PLC_READY = Indication.normal("READY", Glyph.OK);
    private static final Indication PLC_NOT_READY = Indication.warning("NOT READY");
    /** Not ready to start because it is pressing: the normal state of a running step, not an alarm. */
    private static final Indication PLC_BUSY = Indication.normal("BUSY", Glyph.RUNNING);
    private static final Indication RUNNING = Indication.normal("RUNNING", Glyph.RUNNING);
    private static final Indication IDLE = Indication.normal("IDLE", Glyph.PAUSED);
    private static final Indication STEP_DONE = Indication.normal("DONE", Glyph.OK);
    private static final Indication STEP_NOT_DONE = Indication.normal("NOT DONE", Glyph.EMPTY);
    private static final Indication NO_FAULT = Indication.normal("NONE", Glyph.OK);

    private final ReadOnlyObjectWrapper<Indication> link = new ReadOnlyObjectWrapper<>(this, "link");
    private final ReadOnlyStringWrapper linkDetail = new ReadOnlyStringWrapper(this, "linkDetail", "");
    private final ReadOnlyBooleanWrapper linkDetailShown = new ReadOnlyBooleanWrapper(this, "linkDetailShown");
    private final ReadOnlyStringWrapper pressModel = new ReadOnlyStringWrapper(this, "pressModel");
    private final ReadOnlyStringWrapper dieText = new ReadOnlyStringWrapper(this, "dieText", "");
    private final ReadOnlyObjectWrapper<Reading> force = new ReadOnlyObjectWrapper<>(this, "force", Reading.STALE);
    private final ReadOnlyObjectWrapper<Reading> pressure = new ReadOnlyObjectWrapper<>(this, "pressure", Reading.STALE);
    private final ReadOnlyObjectWrapper<Reading> position = new ReadOnlyObjectWrapper<>(this, "position", Reading.STALE);
    private final ReadOnlyObjectWrapper<Indication> door = new ReadOnlyObjectWrapper<>(this, "door", Indication.UNKNOWN);
    private final ReadOnlyObjectWrapper<Indication> estop = new ReadOnlyObjectWrapper<>(this, "estop", Indication.UNKNOWN);
    private final ReadOnlyObjectWrapper<Indication> plc = new ReadOnlyObjectWrapper<>(this, "plc", Indication.UNKNOWN);
    private final ReadOnlyObjectWrapper<Indication> running = new ReadOnlyObjectWrapper<>(this, "running", Indication.UNKNOWN);
    private final ReadOnlyObjectWrapper<Indication> stepDone = new ReadOnlyObjectWrapper<>(this, "stepDone", Indication.UNKNOWN);
    private final ReadOnlyObjectWrapper<Indication> fault = new ReadOnlyObjectWrapper<>(this, "fault", Indication.UNKNOWN);
    private final ReadOnlyObjectWrapper<TrendSnapshot> forceTrend = new ReadOnlyObjectWrapper<>(this, "forceTrend", TrendSnapshot.EMPTY);
    private final ArrayDeque<TrendSnapshot.Point> trend = new ArrayDeque<>();

    public ShellViewModel(String pressModel) {
        this.pressModel.set(Objects.requireNonNull(pressModel, "pressModel"));
        this.link.set(linkIndication(NO_STATUS));
    }

    /** Shows the latest press state, stamping the trend with {@link System#nanoTime()}. */
    public void refresh(Map<StandardSignal, PressSample> snapshot, LinkStatus linkStatus, Die die) {
        refresh(snapshot, linkStatus, die, System.nanoTime());
    }

    /** As {@link #refresh(Map, LinkStatus, Die)} with an explicit clock, for tests. */
    public void refresh(Map<StandardSignal, PressSample> snapshot, LinkStatus linkStatus, Die die, long nowNanos) {
        LinkStatus status = linkStatus == null ? NO_STATUS : linkStatus;
        boolean connected = status.state() == LinkState.CONNECTED;
        link.set(linkIndication(status));
        linkDetail.set(status.detail());
        // A calm screen when all is well (ISA-101): the detail banner is for what a person must act on.
        linkDetailShown.set(!connected && !status.detail().isBlank());
        dieText.set(describe(die));

        double kiloNewtons = value(snapshot, StandardSignal.FORCE, connected);
        force.set(reading(kiloNewtons, 2));
        pressure.set(die == null || Double.isNaN(kiloNewtons) ? Reading.STALE
                : reading(die.pressureFor(Force.kiloNewtons(kiloNewtons)).megaPascals(), 0));
        position.set(reading(value(snapshot, StandardSignal.RAM_POSITION, connected), 2));

        door.set(flag(snapshot, StandardSignal.DOOR_CLOSED, connected, DOOR_CLOSED, DOOR_OPEN));
        estop.set(flag(snapshot, StandardSignal.ESTOP_OK, connected, ESTOP_OK, ESTOP_PRESSED));
        Indication runningFlag = flag(snapshot, StandardSignal.RUNNING, connected, RUNNING, IDLE);
        plc.set(runningFlag == RUNNING ? PLC_BUSY : flag(snapshot, StandardSignal.READY, connected, PLC_READY, PLC_NOT_READY));
        running.set(runningFlag);
        stepDone.set(flag(snapshot, StandardSignal.STEP_DONE, connected, STEP_DONE, STEP_NOT_DONE));
        fault.set(faultIndication(value(snapshot, StandardSignal.FAULT_CODE, connected)));

        forceTrend.set(addTrendPoint(nowNanos, kiloNewtons, die));
    }

    static Indication linkIndication(LinkStatus status) {
        String word = status.state().name();
        return switch (status.state()) {
            case CONNECTED -> Indication.normal(word, Glyph.OK);
            // A first attempt is normal, unless it already has a problem to tell (e.g. an untrusted certificate).
            case CONNECTING -> status.detail().isBlank() ? Indication.normal(word, Glyph.PENDING) : Indication.warning(word);
            case RECONNECTING -> Indication.warning(word);
            case LOST -> new Indication(word, Glyph.WARNING, Severity.ALARM);
            case CLOSED -> Indication.normal(word, Glyph.STOPPED);
        };
    }

    private static String describe(Die die) {
        if (die == null) {
            return "No die set";
        }
        return "Die " + die.id() + ": " + DisplayNumbers.plain(die.bore().millimetres()) + " mm, rated "
                + DisplayNumbers.live(die.rating().in(ForceUnit.KILONEWTON), 1) + " kN";
    }

    /** The signal's value, or NaN when it is not live. */
    private static double value(Map<StandardSignal, PressSample> snapshot, StandardSignal signal, boolean connected) {
        PressSample sample = connected && snapshot != null ? snapshot.get(signal) : null;
        return sample != null && sample.good() && Double.isFinite(sample.value()) ? sample.value() : Double.NaN;
    }

    private static Indication flag(Map<StandardSignal, PressSample> snapshot, StandardSignal signal, boolean connected,
                                   Indication whenTrue, Indication whenFalse) {
        double v = value(snapshot, signal, connected);
        return Double.isNaN(v) ? Indication.UNKNOWN : v >= 0.5 ? whenTrue : whenFalse;
    }

    private static Indication faultIndication(double code) {
        if (Double.isNaN(code)) {
            return Indication.UNKNOWN;
        }
        long rounded = Math.round(code);
        return rounded == 0 ? NO_FAULT : Indication.alarm("CODE " + rounded);
    }

    /** Live values keep their decimals ({@link DisplayNumbers#live}): the big numbers must not jump in width. */
    private static Reading reading(double value, int decimals) {
        return Double.isNaN(value) ? Reading.STALE : Reading.live(DisplayNumbers.live(value, decimals));
    }

    private TrendSnapshot addTrendPoint(long nowNanos, double value, Die die) {
        long span = TREND_SPAN.toNanos();
        trend.addLast(new TrendSnapshot.Point(nowNanos, value));
        while (trend.size() > MAX_TREND_POINTS || nowNanos - trend.peekFirst().nanos() > span) {
            trend.removeFirst();
        }
        double limit = die == null ? Double.NaN : die.rating().kiloNewtons();
        double top = Double.isNaN(limit) ? 1.0 : limit;
        for (TrendSnapshot.Point p : trend) {
            if (p.value() > top) {
                top = p.value();
            }
        }
        return new TrendSnapshot(List.copyOf(trend), nowNanos, span, top * 1.05, limit);
    }

    // Properties (read-only outside) and getters: FXML binds ${controller.viewModel.x} through both.

    public ReadOnlyObjectProperty<Indication> linkProperty() {
        return link.getReadOnlyProperty();
    }

    public Indication getLink() {
        return link.get();
    }

    public ReadOnlyStringProperty linkDetailProperty() {
        return linkDetail.getReadOnlyProperty();
    }

    public String getLinkDetail() {
        return linkDetail.get();
    }

    public ReadOnlyBooleanProperty linkDetailShownProperty() {
        return linkDetailShown.getReadOnlyProperty();
    }

    public boolean isLinkDetailShown() {
        return linkDetailShown.get();
    }

    public ReadOnlyStringProperty pressModelProperty() {
        return pressModel.getReadOnlyProperty();
    }

    public String getPressModel() {
        return pressModel.get();
    }

    public ReadOnlyStringProperty dieTextProperty() {
        return dieText.getReadOnlyProperty();
    }

    public String getDieText() {
        return dieText.get();
    }

    public ReadOnlyObjectProperty<Reading> forceProperty() {
        return force.getReadOnlyProperty();
    }

    public Reading getForce() {
        return force.get();
    }

    public ReadOnlyObjectProperty<Reading> pressureProperty() {
        return pressure.getReadOnlyProperty();
    }

    public Reading getPressure() {
        return pressure.get();
    }

    public ReadOnlyObjectProperty<Reading> positionProperty() {
        return position.getReadOnlyProperty();
    }

    public Reading getPosition() {
        return position.get();
    }

    public ReadOnlyObjectProperty<Indication> doorProperty() {
        return door.getReadOnlyProperty();
    }

    public Indication getDoor() {
        return door.get();
    }

    public ReadOnlyObjectProperty<Indication> estopProperty() {
        return estop.getReadOnlyProperty();
    }

    public Indication getEstop() {
        return estop.get();
    }

    public ReadOnlyObjectProperty<Indication> plcProperty() {
        return plc.getReadOnlyProperty();
    }

    public Indication getPlc() {
        return plc.get();
    }

    public ReadOnlyObjectProperty<Indication> runningProperty() {
        return running.getReadOnlyProperty();
    }

    public Indication getRunning() {
        return running.get();
    }

    public ReadOnlyObjectProperty<Indication> stepDoneProperty() {
        return stepDone.getReadOnlyProperty();
    }

    public Indication getStepDone() {
        return stepDone.get();
    }

    public ReadOnlyObjectProperty<Indication> faultProperty() {
        return fault.getReadOnlyProperty();
    }

    public Indication getFault() {
        return fault.get();
    }

    public ReadOnlyObjectProperty<TrendSnapshot> forceTrendProperty() {
        return forceTrend.getReadOnlyProperty();
    }

    public TrendSnapshot getForceTrend() {
        return forceTrend.get();
    }
}
