package org.layerpress.ui.shell;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.press.FaultTexts;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LinkStatus;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.units.Force;
import org.layerpress.ui.controls.DisplayNumbers;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.Reading;
import org.layerpress.ui.controls.TrendSnapshot;

/**
 * What the shell screen shows, as JavaFX properties and nothing else: every text, stale marker and
 * abnormal flag is decided here, so it is tested by calling {@link #refresh} with plain data.
 *
 * <p>A value is live only while the link is {@link LinkState#CONNECTED} and its latest sample is good;
 * otherwise it shows {@link Reading#NO_VALUE} and a STALE marker, never an old number. Call on the FX
 * thread once bound to a scene; the caller bounds the rate ({@link ShellView}: the values on the pulse
 * after a change, the trend at 10 Hz).
 */
public final class ShellViewModel {

    /** How far back the force trend reaches. */
    public static final Duration TREND_SPAN = ForceTrendWindow.SPAN;
    private static final LinkStatus NO_STATUS = LinkStatus.of(LinkState.CONNECTING, "");

    private final ReadOnlyObjectWrapper<Indication> link = new ReadOnlyObjectWrapper<>(this, "link");
    private final ReadOnlyStringWrapper linkDetail = new ReadOnlyStringWrapper(this, "linkDetail", "");
    private final ReadOnlyBooleanWrapper linkDetailShown = new ReadOnlyBooleanWrapper(this, "linkDetailShown");
    private final ReadOnlyStringWrapper pressModel = new ReadOnlyStringWrapper(this, "pressModel");
    private final ReadOnlyStringWrapper dieText = new ReadOnlyStringWrapper(this, "dieText", "");
    private final ReadOnlyObjectWrapper<Reading> force = new ReadOnlyObjectWrapper<>(this, "force", Reading.STALE);
    private final ReadOnlyObjectWrapper<Reading> pressure = new ReadOnlyObjectWrapper<>(this, "pressure", Reading.STALE);
    private final ReadOnlyObjectWrapper<Reading> position = new ReadOnlyObjectWrapper<>(this, "position", Reading.STALE);
    private final ReadOnlyObjectWrapper<Indication> door = new ReadOnlyObjectWrapper<>(this, "door", Indication.UNKNOWN);
    private final ReadOnlyObjectWrapper<Indication> lid = new ReadOnlyObjectWrapper<>(this, "lid", Indication.UNKNOWN);
    private final ReadOnlyObjectWrapper<Indication> released = new ReadOnlyObjectWrapper<>(this, "released", Indication.UNKNOWN);
    private final ReadOnlyObjectWrapper<Indication> estop = new ReadOnlyObjectWrapper<>(this, "estop", Indication.UNKNOWN);
    private final ReadOnlyObjectWrapper<Indication> plc = new ReadOnlyObjectWrapper<>(this, "plc", Indication.UNKNOWN);
    private final ReadOnlyObjectWrapper<Indication> running = new ReadOnlyObjectWrapper<>(this, "running", Indication.UNKNOWN);
    private final ReadOnlyObjectWrapper<Indication> stepDone = new ReadOnlyObjectWrapper<>(this, "stepDone", Indication.UNKNOWN);
    private final ReadOnlyObjectWrapper<Indication> fault = new ReadOnlyObjectWrapper<>(this, "fault", Indication.UNKNOWN);
    private final ReadOnlyObjectWrapper<TrendSnapshot> forceTrend = new ReadOnlyObjectWrapper<>(this, "forceTrend", TrendSnapshot.EMPTY);
    private final ReadOnlyObjectWrapper<Message> faultMessage = new ReadOnlyObjectWrapper<>(this, "faultMessage", Message.NONE);
    private final ForceTrendWindow trend = new ForceTrendWindow();
    private final FaultTexts faultTexts;
    private final FittedSignals fitted;
    private double lastKiloNewtons = Double.NaN;
    private Die lastDie;

    /** With the contract's words for fault codes only. */
    public ShellViewModel(String pressModel) {
        this(pressModel, FaultTexts.contractDefaults());
    }

    /** With every row of the side column shown (a press that speaks the whole contract). */
    public ShellViewModel(String pressModel, FaultTexts faultTexts) {
        this(pressModel, faultTexts, FittedSignals.ALL);
    }

    /** For the press behind {@code live}: its words for fault codes, and only the rows its mapping binds. */
    public static ShellViewModel forPress(String pressModel, LivePressState live) {
        return new ShellViewModel(pressModel, live.faultTexts(), live::isMapped);
    }

    /**
     * @param faultTexts words for the PLC's fault codes (the mapping's, e.g. {@code LivePressState.faultTexts()})
     * @param mapped whether the mapping binds a signal: a row of the side column it does not is hidden
     */
    public ShellViewModel(String pressModel, FaultTexts faultTexts, Predicate<StandardSignal> mapped) {
        this.pressModel.set(Objects.requireNonNull(pressModel, "pressModel"));
        this.faultTexts = Objects.requireNonNull(faultTexts, "faultTexts");
        this.fitted = new FittedSignals(mapped);
        this.link.set(ShellWords.linkIndication(NO_STATUS));
    }

    /** Shows the latest press state, stamping the trend with {@link System#nanoTime()}. */
    public void refresh(Map<StandardSignal, PressSample> snapshot, LinkStatus linkStatus, Die die) {
        refresh(snapshot, linkStatus, die, System.nanoTime());
    }

    /** As {@link #refresh(Map, LinkStatus, Die)} with an explicit clock, for tests: the values, then a trend point. */
    public void refresh(Map<StandardSignal, PressSample> snapshot, LinkStatus linkStatus, Die die, long nowNanos) {
        refreshValues(snapshot, linkStatus, die);
        refreshTrend(nowNanos);
    }

    /**
     * The live values: link, readouts, interlocks, the fault in words. Cheap enough for every frame
     * (a property changes, and the scene relayouts, only when what it shows changes).
     */
    public void refreshValues(Map<StandardSignal, PressSample> snapshot, LinkStatus linkStatus, Die die) {
        refreshValues(snapshot, linkStatus, die, null);
    }

    /**
     * As {@link #refreshValues(Map, LinkStatus, Die)}; {@code downSince} is when the link left
     * CONNECTED ({@code LivePressState.downSince()}), which values that are not live say ("no data
     * since 14:02:11"); null means the link status's own time.
     */
    public void refreshValues(Map<StandardSignal, PressSample> snapshot, LinkStatus linkStatus, Die die, Instant downSince) {
        LinkStatus status = linkStatus == null ? NO_STATUS : linkStatus;
        boolean connected = status.state() == LinkState.CONNECTED;
        update(link, ShellWords.linkIndication(status));
        linkDetail.set(status.detail());
        // A calm screen when all is well (ISA-101): the detail banner is for what a person must act on.
        linkDetailShown.set(!connected && !status.detail().isBlank());
        dieText.set(ShellWords.describe(die));

        // Inside the sensor's noise band at rest the big number reads 0.00, not -0.01 (the record keeps the raw value).
        double kiloNewtons = DisplayNumbers.forceShown(ShellWords.value(snapshot, StandardSignal.FORCE, connected));
        lastKiloNewtons = kiloNewtons;
        lastDie = die;
        // Not live because the link is down: say since when, so a frozen number is never taken for a live one.
        Reading stale = connected ? Reading.STALE : Reading.noDataSince(downSince != null ? downSince : status.since());
        update(force, ShellWords.reading(kiloNewtons, 2).orIfStale(stale));
        update(pressure, die == null || Double.isNaN(kiloNewtons) ? stale
                : ShellWords.reading(die.pressureFor(Force.kiloNewtons(kiloNewtons)).megaPascals(), 0));
        update(position, ShellWords.reading(ShellWords.value(snapshot, StandardSignal.RAM_POSITION, connected), 2).orIfStale(stale));

        update(door, ShellWords.flag(snapshot, StandardSignal.DOOR_CLOSED, connected, ShellWords.State.DOOR_CLOSED.indication(), ShellWords.State.DOOR_OPEN.indication()));
        update(lid, ShellWords.flag(snapshot, StandardSignal.LID_LOCKED, connected, ShellWords.State.LID_LOCKED.indication(), ShellWords.State.LID_UNLOCKED.indication()));
        update(released, ShellWords.flag(snapshot, StandardSignal.PRESSURE_RELEASED, connected, ShellWords.State.PRESSURE_RELEASED.indication(), ShellWords.State.UNDER_PRESSURE.indication()));
        update(estop, ShellWords.flag(snapshot, StandardSignal.ESTOP_OK, connected, ShellWords.State.ESTOP_OK.indication(), ShellWords.State.ESTOP_PRESSED.indication()));
        Indication runningFlag = ShellWords.flag(snapshot, StandardSignal.RUNNING, connected, ShellWords.State.RUNNING.indication(), ShellWords.State.IDLE.indication());
        update(plc, runningFlag.equals(ShellWords.State.RUNNING.indication()) ? ShellWords.State.PLC_BUSY.indication() : ShellWords.flag(snapshot, StandardSignal.READY, connected, ShellWords.State.PLC_READY.indication(), ShellWords.State.PLC_NOT_READY.indication()));
        update(running, runningFlag);
        update(stepDone, ShellWords.flag(snapshot, StandardSignal.STEP_DONE, connected, ShellWords.State.STEP_DONE.indication(), ShellWords.State.STEP_NOT_DONE.indication()));
        double code = ShellWords.value(snapshot, StandardSignal.FAULT_CODE, connected);
        update(fault, ShellWords.faultIndication(code));
        // The indicator has room for a word; the words of the fault go beside it, never the bare number alone.
        boolean latched = !Double.isNaN(code) && Math.round(code) != 0;
        update(faultMessage, latched ? Message.warning(faultTexts.describe((int) Math.round(code))) : Message.NONE);
    }

    /** A point of the force trend (at the slower refresh: a 30 s trend needs no more). */
    public void refreshTrend(long nowNanos) {
        forceTrend.set(trend.add(nowNanos, lastKiloNewtons, lastDie));
    }

    /** Sets only what changed: an equal value would still invalidate, relayout and repaint at every frame. */
    private static <T> void update(ReadOnlyObjectWrapper<T> property, T value) {
        if (!Objects.equals(property.get(), value)) {
            property.set(value);
        }
    }

    // Properties (read-only outside) and getters: FXML binds ${controller.viewModel.x} through both.

    /** Which rows of the side column this press has: {@code ${controller.viewModel.fitted.door}}. */
    public FittedSignals getFitted() {
        return fitted;
    }

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

    /** An isostatic vessel's lid, LOCKED or UNLOCKED (row shown only where the mapping binds {@code lidLocked}). */
    public ReadOnlyObjectProperty<Indication> lidProperty() {
        return lid.getReadOnlyProperty();
    }

    public Indication getLid() {
        return lid.get();
    }

    /** An isostatic vessel's {@code pressureReleased}, RELEASED or UNDER PRESSURE. */
    public ReadOnlyObjectProperty<Indication> releasedProperty() {
        return released.getReadOnlyProperty();
    }

    public Indication getReleased() {
        return released.get();
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

    /** The latched fault in words, as a warning ("PLC fault 4: Over-pressure: …"); nothing shown when none. */
    public ReadOnlyObjectProperty<Message> faultMessageProperty() {
        return faultMessage.getReadOnlyProperty();
    }

    public Message getFaultMessage() {
        return faultMessage.get();
    }

    public ReadOnlyObjectProperty<TrendSnapshot> forceTrendProperty() {
        return forceTrend.getReadOnlyProperty();
    }

    public TrendSnapshot getForceTrend() {
        return forceTrend.get();
    }
}
