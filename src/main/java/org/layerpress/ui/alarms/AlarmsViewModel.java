package org.layerpress.ui.alarms;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.application.alarms.AlarmTransition;
import org.layerpress.application.alarms.ShelveCommand;
import org.layerpress.application.alarms.ShelveDuration;
import org.layerpress.application.alarms.StationAlarm;
import org.layerpress.application.alarms.StationAlarmEvent;
import org.layerpress.application.alarms.StationAlarmManager;
import org.layerpress.application.batch.AlarmPriority;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Permission;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * The Alarms section: the station's alarms not back to normal (acknowledge; shelve by Supervisor or
 * Admin with a duration and a reason, both tapped), and the history with three filters chosen by tap
 * (active alarms only or all, a priority or all, the last 24 h or 7 days).
 */
public final class AlarmsViewModel {

    /** The reasons offered for shelving: chosen by tap, never typed at the glovebox. */
    public static final List<String> SHELVE_REASONS = List.of("Sensor or switch under repair", "Nuisance alarm under review",
            "Maintenance on the press", "Known condition, Supervisor watching");
    public static final String ACTIVE_ONLY = "Active alarms";
    public static final String ALL_ALARMS = "All alarms";
    public static final String ALL_PRIORITIES = "All priorities";
    public static final String LAST_24_H = "Last 24 h";
    public static final String LAST_7_DAYS = "Last 7 days";


    private final StationAlarmManager alarms;
    private final Session session;
    private final UseCaseRunner runner;
    private final Executor fx;
    private final ZoneId zone;
    private final Consumer<List<StationAlarm>> listener = now -> changed();
    private final AtomicBoolean reloadPending = new AtomicBoolean();

    private final ObservableList<StationAlarm> active = FXCollections.observableArrayList();
    private final ObservableList<StationAlarmEvent> history = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StationAlarm> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper whichChip = new ReadOnlyStringWrapper(this, "whichChip", ACTIVE_ONLY);
    private final ReadOnlyStringWrapper priorityChip = new ReadOnlyStringWrapper(this, "priorityChip", ALL_PRIORITIES);
    private final ReadOnlyStringWrapper windowChip = new ReadOnlyStringWrapper(this, "windowChip", LAST_24_H);
    // The chips keep their English choice (the filter's key); the buttons show it in the person's words.
    private final StringBinding whichChipText = shown(whichChip);
    private final StringBinding priorityChipText = shown(priorityChip);
    private final StringBinding windowChipText = shown(windowChip);
    private final ScreenCalls calls;
    private List<StationAlarmEvent> loaded = List.of();

    public AlarmsViewModel(StationAlarmManager alarms, Session session, UseCaseRunner runner, Executor fx, ZoneId zone) {
        this.alarms = Objects.requireNonNull(alarms, "alarms");
        this.session = Objects.requireNonNull(session, "session");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.calls = new ScreenCalls(runner);
        this.fx = Objects.requireNonNull(fx, "fx");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public static AlarmsViewModel onScreen(StationAlarmManager alarms, Session session) {
        return new AlarmsViewModel(alarms, session, UseCaseRunner.fx(), Platform::runLater, ZoneId.systemDefault());
    }

    /** Starts following the station's alarms and reads them and the history. */
    public void subscribe() {
        alarms.addListener(listener);
        load();
    }

    public void unsubscribe() {
        alarms.removeListener(listener);
    }

    /** From the thread that changed an alarm: one reload pending at a time. */
    private void changed() {
        if (reloadPending.compareAndSet(false, true)) {
            fx.execute(() -> {
                reloadPending.set(false);
                load();
            });
        }
    }

    /** Reads the alarms and the history window off the FX thread. */
    public void load() {
        Duration window = LAST_7_DAYS.equals(windowChip.get()) ? Duration.ofDays(7) : Duration.ofHours(24);
        runner.run(() -> new Read(alarms.current(), alarms.history(session, window)), read -> {
            String keep = selected.get() == null ? "" : selected.get().key();
            active.setAll(read.active());
            selected.set(read.active().stream().filter(a -> a.key().equals(keep)).findFirst().orElse(null));
            loaded = read.history();
            names.clear();
            loaded.stream().filter(e -> e.transition() == AlarmTransition.RAISED && !e.detail().isEmpty())
                    .forEach(e -> names.put(e.alarmKey(), e.detail()));
            read.active().forEach(a -> names.put(a.key(), a.message()));
            filter();
        }, words -> calls.say(Message.warning(words)));
    }

    /** Alarm key to the words it was raised with, from the loaded window and the alarms now. */
    private final Map<String, String> names = new HashMap<>();

    private record Read(List<StationAlarm> active, List<StationAlarmEvent> history) {
    }

    private void filter() {
        Set<String> activeKeys = active.stream().map(StationAlarm::key).collect(Collectors.toSet());
        Optional<AlarmPriority> priority = priority();
        history.setAll(loaded.stream()
                .filter(e -> !ACTIVE_ONLY.equals(whichChip.get()) || activeKeys.contains(e.alarmKey()))
                .filter(e -> priority.map(p -> p == e.priority()).orElse(true))
                .toList());
    }

    private Optional<AlarmPriority> priority() {
        return ALL_PRIORITIES.equals(priorityChip.get()) ? Optional.empty() : Optional.of(AlarmPriority.valueOf(priorityChip.get()));
    }

    public void select(StationAlarm a) {
        selected.set(a);
        calls.say(Message.NONE);
    }

    public List<String> whichChoices() {
        return List.of(ACTIVE_ONLY, ALL_ALARMS);
    }

    public List<String> priorityChoices() {
        return List.of(ALL_PRIORITIES, AlarmPriority.HIGH.name(), AlarmPriority.MEDIUM.name(), AlarmPriority.LOW.name());
    }

    public List<String> windowChoices() {
        return List.of(LAST_24_H, LAST_7_DAYS);
    }

    public void chooseWhich(String choice) {
        whichChip.set(choice);
        filter();
    }

    public void choosePriority(String choice) {
        priorityChip.set(choice);
        filter();
    }

    public void chooseWindow(String choice) {
        windowChip.set(choice);
        load();
    }

    /** Whether this person may shelve (the button shows only then; the use case checks too). */
    public boolean isShelveAllowed() {
        return session.user().has(Permission.SHELVE_ALARM);
    }

    public List<String> durationChoices() {
        return java.util.Arrays.stream(ShelveDuration.values()).map(ShelveDuration::words).toList();
    }

    /** True when an alarm is selected; otherwise says to tap one. */
    public boolean selectionGiven() {
        if (selected.get() == null) {
            calls.say(Message.warning(Words.get("alarms.tapFirst")));
            return false;
        }
        return true;
    }

    public void acknowledge() {
        if (!selectionGiven()) {
            return;
        }
        StationAlarm a = selected.get();
        act(() -> alarms.acknowledge(session, a.key()), Words.format("alarms.acknowledged", a.message()));
    }

    /** Shelves the selected alarm for the tapped duration ("15 min", "1 h", "8 h") with the tapped reason. */
    public void shelve(String durationWords, String reason) {
        if (!selectionGiven()) {
            return;
        }
        StationAlarm a = selected.get();
        ShelveDuration d = java.util.Arrays.stream(ShelveDuration.values()).filter(v -> v.words().equals(durationWords)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no shelving time " + durationWords));
        act(() -> alarms.shelve(session, new ShelveCommand(a.key(), d, reason)), Words.format("alarms.shelved", d.words(), a.message()));
    }

    private void act(java.util.function.Supplier<StationAlarm> call, String done) {
        calls.say(Message.NONE);
        calls.change(call::get, result -> {
            calls.say(Message.outcome(done));
            load();
        });
    }

    /** One active alarm in words: priority, message, state, shelving. */
    public String activeText(StationAlarm a) {
        return Words.get("alarm.priority." + a.priority().name()) + "  " + AlarmBannerViewModel.sentence(a.message());
    }

    public String activeDetail(StationAlarm a) {
        return AlarmBannerViewModel.words(a.state()) + (a.shelved() ? ", " + Words.format("alarms.shelvedUntil", time(a.shelvedUntil().get()), a.shelvedBy())
                : "") + ", " + (a.batchId().isEmpty() ? Words.get("alarms.noBatch") : Words.format("alarms.batch", a.batchId()));
    }

    /** One history row in words: when, what happened, to which alarm, by whom, and why. */
    public String historyText(StationAlarmEvent e) {
        return time(e.at()) + "  " + Words.get("alarm.priority." + e.priority().name()) + "  " + name(e.alarmKey()) + "  " + words(e.transition());
    }

    /** The alarm in the words it was raised with; its key only when the window holds no such words (raised long ago). */
    private String name(String key) {
        return names.getOrDefault(key, key);
    }

    public String historyDetail(StationAlarmEvent e) {
        String who = StationAlarmEvent.STATION.equals(e.actor()) ? Words.get("alarms.byStation") : Words.format("alarms.by", e.actor());
        return AlarmBannerViewModel.words(e.stateAfter()) + ", " + who + (e.detail().isEmpty() ? "" : ": " + e.detail());
    }

    static String words(AlarmTransition t) {
        return switch (t) {
            case RAISED, CLEARED, ACKNOWLEDGED, SHELVED, UNSHELVED -> Words.get("alarms.transition." + t.name());
        };
    }

    /** Day, month and time on the station's clock, the month in the person's language. */
    private String time(java.time.Instant at) {
        return DateTimeFormatter.ofPattern("dd MMM HH:mm:ss", Words.locale()).format(at.atZone(zone));
    }

    private static StringBinding shown(ReadOnlyStringWrapper chip) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> TapPicker.shown(chip.get()), chip);
    }

    public StringBinding whichChipTextProperty() {
        return whichChipText;
    }

    public String getWhichChipText() {
        return whichChipText.get();
    }

    public StringBinding priorityChipTextProperty() {
        return priorityChipText;
    }

    public String getPriorityChipText() {
        return priorityChipText.get();
    }

    public StringBinding windowChipTextProperty() {
        return windowChipText;
    }

    public String getWindowChipText() {
        return windowChipText.get();
    }

    public ObservableList<StationAlarm> getActive() {
        return active;
    }

    public ObservableList<StationAlarmEvent> getHistory() {
        return history;
    }

    public ReadOnlyObjectProperty<StationAlarm> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StationAlarm getSelected() {
        return selected.get();
    }

    public ReadOnlyStringProperty whichChipProperty() {
        return whichChip.getReadOnlyProperty();
    }

    public String getWhichChip() {
        return whichChip.get();
    }

    public ReadOnlyStringProperty priorityChipProperty() {
        return priorityChip.getReadOnlyProperty();
    }

    public String getPriorityChip() {
        return priorityChip.get();
    }

    public ReadOnlyStringProperty windowChipProperty() {
        return windowChip.getReadOnlyProperty();
    }

    public String getWindowChip() {
        return windowChip.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return calls.busyProperty();
    }

    public boolean isBusy() {
        return calls.isBusy();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return calls.messageProperty();
    }

    public Message getMessage() {
        return calls.getMessage();
    }
}
