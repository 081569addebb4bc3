package org.layerpress.ui.alarms;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.batch.AlarmState;
import org.layerpress.application.batch.BatchAlarm;
import org.layerpress.application.batch.BatchAlarms;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * The alarm banner every screen shows (ISA-18.2): the newest unacknowledged alarm of the open batch
 * in words, its priority as glyph + word (never colour alone), its state, and Acknowledge by the
 * logged-in person. Hidden while nothing is unacknowledged.
 *
 * <p>Snapshots come from the sequencer's worker thread; only the latest one is kept and at most one
 * hand-over to the FX thread is pending at a time, so a burst of batch events costs one update.
 */
public final class AlarmBannerViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final BatchAlarms sequencer;
    private final Session session;
    private final UseCaseRunner runner;
    private final Executor fx;
    private final ZoneId zone;
    private final Consumer<BatchRun> listener = this::snapshot;
    private final AtomicReference<BatchRun> latest = new AtomicReference<>();
    private final AtomicBoolean handOverPending = new AtomicBoolean();
    private final AtomicBoolean subscribed = new AtomicBoolean();

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyObjectWrapper<Indication> priority = new ReadOnlyObjectWrapper<>(this, "priority", Indication.UNKNOWN);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper stateWords = new ReadOnlyStringWrapper(this, "stateWords", "");
    private final ReadOnlyBooleanWrapper returned = new ReadOnlyBooleanWrapper(this, "returned");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper more = new ReadOnlyStringWrapper(this, "more", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Message> notice = new ReadOnlyObjectWrapper<>(this, "notice", Message.NONE);
    private Optional<BatchAlarm> alarm = Optional.empty();
    private String batchId = "";
    private long shownSequence = -1;

    /**
     * @param runner runs the acknowledgement off the FX thread
     * @param fx where snapshots are applied: {@code Platform::runLater} on screen, {@code Runnable::run} in tests
     */
    public AlarmBannerViewModel(BatchAlarms sequencer, Session session, UseCaseRunner runner, Executor fx, ZoneId zone) {
        this.sequencer = Objects.requireNonNull(sequencer, "sequencer");
        this.session = Objects.requireNonNull(session, "session");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** On screen: snapshots marshalled with {@link Platform#runLater}, the acknowledgement on the use-case worker. */
    public static AlarmBannerViewModel onScreen(BatchAlarms sequencer, Session session) {
        return new AlarmBannerViewModel(sequencer, session, UseCaseRunner.fx(), Platform::runLater, ZoneId.systemDefault());
    }

    /** Starts following the sequencer (and shows the open batch as it is now). */
    public void subscribe() {
        if (subscribed.compareAndSet(false, true)) {
            sequencer.addListener(listener);
            runner.run(() -> sequencer.current(), open -> open.ifPresent(this::show), words -> { });
        }
    }

    /** Stops following (the banner left the screen), so an old banner does not linger as a listener. */
    public void unsubscribe() {
        if (subscribed.compareAndSet(true, false)) {
            sequencer.removeListener(listener);
        }
    }

    /** Called on the sequencer's worker thread: keep the newest, hand over at most one at a time. */
    private void snapshot(BatchRun run) {
        latest.set(run);
        if (handOverPending.compareAndSet(false, true)) {
            fx.execute(() -> {
                handOverPending.set(false);
                BatchRun newest = latest.getAndSet(null);
                if (newest != null) {
                    show(newest);
                }
            });
        }
    }

    /** Shows the batch as this snapshot has it, unless a newer one of the same batch is already shown. */
    void show(BatchRun run) {
        if (run.batchId().equals(batchId) && run.lastSequence() < shownSequence) {
            return;
        }
        batchId = run.batchId();
        shownSequence = run.lastSequence();
        boolean open = run.state() != BatchState.COMPLETE && run.state() != BatchState.ABORTED;
        alarm = open ? run.newestUnacknowledged() : Optional.empty();
        long others = open ? run.alarms().stream().filter(a -> a.state().unacknowledged()).count() - 1 : 0;
        shown.set(alarm.isPresent());
        if (alarm.isEmpty()) {
            notice.set(Message.NONE);
            return;
        }
        BatchAlarm a = alarm.get();
        priority.set(indication(a));
        message.set(sentence(a.message()));
        stateWords.set(words(a.state()));
        returned.set(a.state() == AlarmState.RETURNED_UNACKNOWLEDGED);
        detail.set("Batch " + run.batchId() + ", step " + a.step() + ", raised " + TIME.format(a.raisedAt().atZone(zone)) + " (" + a.id() + ")");
        more.set(others <= 0 ? "" : "+" + others + " more not acknowledged");
    }

    /** Priority as the operator reads it: HIGH is the octagon (act now), MEDIUM the triangle, LOW the diamond. */
    static Indication indication(BatchAlarm a) {
        return switch (a.priority()) {
            case HIGH -> new Indication("HIGH", Glyph.ALARM, Severity.ALARM);
            case MEDIUM -> new Indication("MEDIUM", Glyph.WARNING, Severity.WARNING);
            case LOW -> new Indication("LOW", Glyph.NOTICE, Severity.WARNING);
        };
    }

    static String words(AlarmState state) {
        return switch (state) {
            case ACTIVE_UNACKNOWLEDGED -> "Active, not acknowledged";
            case RETURNED_UNACKNOWLEDGED -> "Returned to normal, not acknowledged";
            case ACTIVE_ACKNOWLEDGED -> "Active, acknowledged";
            case NORMAL -> "Normal";
        };
    }

    private static String sentence(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** Acknowledges the alarm shown, as the logged-in person, off the FX thread. */
    public void acknowledge() {
        if (busy.get() || alarm.isEmpty()) {
            return;
        }
        String id = alarm.get().id();
        busy.set(true);
        notice.set(Message.NONE);
        runner.run(() -> sequencer.acknowledgeAlarm(session, id), run -> {
            busy.set(false);
            show(run);
        }, words -> {
            busy.set(false);
            notice.set(Message.warning(words));
        });
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public boolean isShown() {
        return shown.get();
    }

    public ReadOnlyObjectProperty<Indication> priorityProperty() {
        return priority.getReadOnlyProperty();
    }

    public Indication getPriority() {
        return priority.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    public ReadOnlyStringProperty stateWordsProperty() {
        return stateWords.getReadOnlyProperty();
    }

    public String getStateWords() {
        return stateWords.get();
    }

    /** True for a returned-unacknowledged alarm: the condition is over, the acknowledgement is not. */
    public ReadOnlyBooleanProperty returnedProperty() {
        return returned.getReadOnlyProperty();
    }

    public boolean isReturned() {
        return returned.get();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public String getDetail() {
        return detail.get();
    }

    public ReadOnlyStringProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    public String getMore() {
        return more.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyObjectProperty<Message> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public Message getNotice() {
        return notice.get();
    }

    /** The alarm shown, if any. */
    public Optional<BatchAlarm> alarm() {
        return alarm;
    }
}
