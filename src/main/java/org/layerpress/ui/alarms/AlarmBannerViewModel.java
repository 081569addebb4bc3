package org.layerpress.ui.alarms;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
import org.layerpress.application.alarms.StationAlarm;
import org.layerpress.application.alarms.StationAlarmManager;
import org.layerpress.application.batch.AlarmPriority;
import org.layerpress.application.batch.AlarmState;
import org.layerpress.application.users.Session;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * The alarm banner every screen shows (ISA-18.2): the newest station alarm that needs attention (not
 * acknowledged, not shelved), with or without a batch, in words; its priority as glyph + word (never
 * colour alone), its state, and Acknowledge by the logged-in person. Hidden while nothing needs it.
 *
 * <p>Alarm lists come from whichever thread changed them; only the latest is kept and at most one
 * hand-over to the FX thread is pending at a time, so a burst of changes costs one update.
 */
public final class AlarmBannerViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final StationAlarmManager alarms;
    private final Session session;
    private final UseCaseRunner runner;
    private final Executor fx;
    private final ZoneId zone;
    private final Consumer<List<StationAlarm>> listener = this::snapshot;
    private final AtomicReference<List<StationAlarm>> latest = new AtomicReference<>();
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
    private Optional<StationAlarm> alarm = Optional.empty();

    /**
     * @param runner runs the acknowledgement off the FX thread
     * @param fx where alarm lists are applied: {@code Platform::runLater} on screen, {@code Runnable::run} in tests
     */
    public AlarmBannerViewModel(StationAlarmManager alarms, Session session, UseCaseRunner runner, Executor fx, ZoneId zone) {
        this.alarms = Objects.requireNonNull(alarms, "alarms");
        this.session = Objects.requireNonNull(session, "session");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** On screen: lists marshalled with {@link Platform#runLater}, the acknowledgement on the use-case worker. */
    public static AlarmBannerViewModel onScreen(StationAlarmManager alarms, Session session) {
        return new AlarmBannerViewModel(alarms, session, UseCaseRunner.fx(), Platform::runLater, ZoneId.systemDefault());
    }

    /** Starts following the station's alarms (and shows them as they are now). */
    public void subscribe() {
        if (subscribed.compareAndSet(false, true)) {
            alarms.addListener(listener);
            show(alarms.current());
        }
    }

    /** Stops following (the banner left the screen), so an old banner does not linger as a listener. */
    public void unsubscribe() {
        if (subscribed.compareAndSet(true, false)) {
            alarms.removeListener(listener);
        }
    }

    /** From the thread that changed the alarms: keep the newest list, hand over at most one at a time. */
    private void snapshot(List<StationAlarm> now) {
        latest.set(now);
        if (handOverPending.compareAndSet(false, true)) {
            fx.execute(() -> {
                handOverPending.set(false);
                List<StationAlarm> newest = latest.getAndSet(null);
                if (newest != null) {
                    show(newest);
                }
            });
        }
    }

    /** Shows the newest alarm needing attention of this list (the manager's order: those first, newest first). */
    void show(List<StationAlarm> now) {
        List<StationAlarm> attention = now.stream().filter(StationAlarm::needsAttention).toList();
        alarm = attention.stream().findFirst();
        shown.set(alarm.isPresent());
        if (alarm.isEmpty()) {
            notice.set(Message.NONE);
            return;
        }
        StationAlarm a = alarm.get();
        priority.set(indication(a.priority()));
        message.set(sentence(a.message()));
        stateWords.set(words(a.state()));
        returned.set(a.state() == AlarmState.RETURNED_UNACKNOWLEDGED);
        String batch = a.batchId().isEmpty() ? Words.get("alarm.noBatch") : Words.format("alarm.batch", a.batchId());
        detail.set(Words.format("alarm.detail", batch, TIME.format(a.raisedAt().atZone(zone)), a.key()));
        more.set(attention.size() <= 1 ? "" : Words.format("alarm.more", String.valueOf(attention.size() - 1)));
    }

    /** Priority as the operator reads it: HIGH is the octagon (act now), MEDIUM the triangle, LOW the diamond. */
    static Indication indication(AlarmPriority p) {
        return switch (p) {
            case HIGH -> new Indication(Words.get("alarm.priority.HIGH"), Glyph.ALARM, Severity.ALARM);
            case MEDIUM -> new Indication(Words.get("alarm.priority.MEDIUM"), Glyph.WARNING, Severity.WARNING);
            case LOW -> new Indication(Words.get("alarm.priority.LOW"), Glyph.NOTICE, Severity.WARNING);
        };
    }

    /** The state in the person's language (the alarm history keeps the English state names). */
    static String words(AlarmState state) {
        return Words.get("alarm.state." + state.name());
    }

    static String sentence(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** Acknowledges the alarm shown, as the logged-in person, off the FX thread. */
    public void acknowledge() {
        if (busy.get() || alarm.isEmpty()) {
            return;
        }
        String key = alarm.get().key();
        busy.set(true);
        notice.set(Message.NONE);
        runner.run(() -> {
            alarms.acknowledge(session, key);
            return alarms.current();
        }, now -> {
            busy.set(false);
            show(now);
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
    public Optional<StationAlarm> alarm() {
        return alarm;
    }
}
