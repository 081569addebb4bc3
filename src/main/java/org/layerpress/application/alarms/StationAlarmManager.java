package org.layerpress.application.alarms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.batch.AlarmState;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Clocks;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's alarms (ISA-18.2), with or without a batch. Conditions drive the state
 * ({@link #condition}): active raises ACTIVE_UNACKNOWLEDGED, cleared moves to RETURNED_UNACKNOWLEDGED
 * or, once acknowledged, NORMAL. People acknowledge ({@link Permission#ACKNOWLEDGE_ALARM}) and shelve
 * ({@link Permission#SHELVE_ALARM}, with a reason and a tapped duration); the station clock unshelves
 * ({@link #unshelveExpired}). Every transition is a history row and an audit row, in one transaction.
 *
 * <p>A condition's transition is kept on screen even when it cannot be written (the display must not
 * depend on the disk); it is logged. A person's acknowledgement or shelving is written first and only
 * then shown: a failed write refuses it and changes nothing.
 *
 * <p>Thread-safe; callers hand conditions over from their own threads (never an OPC UA callback: it
 * would wait on the disk). Listeners are told, on the caller's thread, after every change.
 */
public final class StationAlarmManager {

    private static final Logger LOG = LoggerFactory.getLogger(StationAlarmManager.class);
    /** The most history rows one read returns (a week of a noisy station fits). */
    public static final int HISTORY_LIMIT = 2000;

    private final StationAlarmHistory history;
    private final Transactions tx;
    private final Authorizer authorizer;
    private final Auditor auditor;
    private final Clock clock;
    private final Map<String, StationAlarm> alarms = new LinkedHashMap<>();
    private final Map<String, BiConsumer<Session, String>> acknowledgeHooks = new LinkedHashMap<>();
    private final List<Consumer<List<StationAlarm>>> listeners = new CopyOnWriteArrayList<>();
    private volatile Supplier<String> openBatch = () -> "";
    /** What {@link #current} returns, replaced after every change, so a screen reads it without waiting for a write in progress. */
    private volatile List<StationAlarm> current = List.of();

    public StationAlarmManager(StationAlarmHistory history, Transactions tx, Authorizer authorizer, Auditor auditor, Clock clock) {
        this.history = Objects.requireNonNull(history, "history");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The id of the batch open now (or empty): alarms raised meanwhile carry it, so they belong to its record too. */
    public void openBatchFrom(Supplier<String> batchId) {
        this.openBatch = Objects.requireNonNull(batchId, "batchId");
    }

    /**
     * Also called when a person acknowledges an alarm whose key starts with {@code keyPrefix} (e.g. the
     * batch's own record of its alarms), with the rest of the key; a refusal there is written to the
     * history's detail and does not stop the station's acknowledgement.
     */
    public synchronized void onAcknowledge(String keyPrefix, BiConsumer<Session, String> hook) {
        acknowledgeHooks.put(keyPrefix, hook);
    }

    public void addListener(Consumer<List<StationAlarm>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<List<StationAlarm>> listener) {
        listeners.remove(listener);
    }

    /** Tells the manager whether a condition is active now; nothing happens when its alarm already says so. */
    public void condition(AlarmCondition c, boolean active) {
        List<StationAlarm> changed;
        synchronized (this) {
            StationAlarm now = alarms.get(c.key());
            boolean isActive = now != null && (now.state() == AlarmState.ACTIVE_UNACKNOWLEDGED || now.state() == AlarmState.ACTIVE_ACKNOWLEDGED);
            if (active == isActive) {
                return;
            }
            Instant at = Clocks.now(clock);
            StationAlarm next;
            AlarmTransition t;
            if (active) {
                t = AlarmTransition.RAISED;
                StationAlarm fresh = StationAlarm.raised(c, at, openBatch.get());
                // A shelved alarm stays shelved when its condition comes back: that is what shelving is for.
                next = now != null && now.shelved() ? fresh.shelved(now.shelvedUntil().get(), now.shelvedBy()) : fresh;
            } else {
                t = AlarmTransition.CLEARED;
                next = now.with(now.next(t));
            }
            alarms.put(c.key(), next);
            String detail = active ? c.message() : "";
            try {
                write(null, t, next, detail);
            } catch (RuntimeException e) {
                LOG.error("alarm {} {} shown but not recorded: {}", c.key(), t, e.getMessage(), e);
            }
            changed = snapshotLocked();
        }
        tell(changed);
    }

    /** Acknowledges one alarm as the logged-in person; an alarm that needs none is left as it is. */
    public StationAlarm acknowledge(Session session, String key) {
        User user = authorizer.require(session, Permission.ACKNOWLEDGE_ALARM, "acknowledge an alarm");
        List<StationAlarm> changed;
        StationAlarm next;
        synchronized (this) {
            StationAlarm now = find(key);
            if (!now.state().unacknowledged()) {
                return now;
            }
            String detail = acknowledgeElsewhere(session, key);
            next = now.acknowledgedBy(user.login());
            write(user, AlarmTransition.ACKNOWLEDGED, next, detail);
            put(next);
            changed = snapshotLocked();
        }
        tell(changed);
        return next;
    }

    /** Shelves one alarm until the station clock passes the chosen duration: Supervisor or Admin, with a reason. */
    public StationAlarm shelve(Session session, ShelveCommand command) {
        User user = authorizer.require(session, Permission.SHELVE_ALARM, "shelve an alarm");
        List<StationAlarm> changed;
        StationAlarm next;
        synchronized (this) {
            StationAlarm now = find(command.alarmKey());
            if (now.state() == AlarmState.NORMAL) {
                throw new IllegalArgumentException("the alarm " + command.alarmKey() + " is back to normal: there is nothing to shelve");
            }
            Instant until = Clocks.now(clock).plus(command.duration().duration());
            next = now.shelved(until, user.login());
            write(user, AlarmTransition.SHELVED, next, command.reason());
            put(next);
            changed = snapshotLocked();
        }
        tell(changed);
        return next;
    }

    /** Unshelves every alarm whose shelving ran out on the station clock (the station calls this every few seconds). */
    public void unshelveExpired() {
        List<StationAlarm> changed;
        synchronized (this) {
            Instant now = Clocks.now(clock);
            List<StationAlarm> expired = alarms.values().stream().filter(a -> a.shelvedUntil().map(u -> !u.isAfter(now)).orElse(false)).toList();
            if (expired.isEmpty()) {
                return;
            }
            for (StationAlarm a : expired) {
                StationAlarm next = a.unshelved();
                put(next);
                try {
                    write(null, AlarmTransition.UNSHELVED, next, "shelving ran out");
                } catch (RuntimeException e) {
                    LOG.error("alarm {} unshelved but not recorded: {}", a.key(), e.getMessage(), e);
                }
            }
            changed = snapshotLocked();
        }
        tell(changed);
    }

    /**
     * Every alarm not back to NORMAL (shelved ones too), the ones needing attention first, then the
     * newest first. Never waits: the FX thread may call it.
     */
    public List<StationAlarm> current() {
        return current;
    }

    /** The alarm under this key as it stands, if the station has seen it since it started. */
    public synchronized Optional<StationAlarm> alarm(String key) {
        return Optional.ofNullable(alarms.get(key));
    }

    /** The history of the last {@code window}, newest first: everyone who may read it ({@link Permission#READ_ALARM_HISTORY}). */
    public List<StationAlarmEvent> history(Session session, Duration window) {
        authorizer.require(session, Permission.READ_ALARM_HISTORY, "read the alarm history");
        Instant from = Clocks.now(clock).minus(window);
        return tx.inTransaction(() -> history.since(from, HISTORY_LIMIT));
    }

    private StationAlarm find(String key) {
        StationAlarm a = alarms.get(key);
        if (a == null) {
            throw new IllegalArgumentException("there is no alarm " + key + " on this station");
        }
        return a;
    }

    private void put(StationAlarm a) {
        alarms.put(a.key(), a);
    }

    /** The other record's acknowledgement, if a hook owns the key; its refusal in words for the history, else empty. */
    private String acknowledgeElsewhere(Session session, String key) {
        for (Map.Entry<String, BiConsumer<Session, String>> hook : acknowledgeHooks.entrySet()) {
            if (key.startsWith(hook.getKey())) {
                try {
                    hook.getValue().accept(session, key.substring(hook.getKey().length()));
                } catch (RuntimeException e) {
                    return "not acknowledged in its batch record: " + e.getMessage();
                }
            }
        }
        return "";
    }

    /** The history row and the audit row, in one transaction: both or neither. */
    private void write(User actor, AlarmTransition t, StationAlarm a, String detail) {
        StationAlarmEvent event = new StationAlarmEvent(0, Clocks.now(clock), a.key(), t, a.priority(), a.state(),
                actor == null ? StationAlarmEvent.STATION : actor.login(), detail, a.shelvedUntil(), a.batchId());
        String what = t + " " + a.key() + " (" + a.priority() + "): " + a.message() + " -> " + a.state()
                + a.shelvedUntil().map(u -> ", shelved until " + u).orElse("");
        tx.inTransaction(() -> {
            history.append(event);
            if (actor == null) {
                auditor.recordByStation(AuditActions.STATION_ALARM, AuditActions.ENTITY_ALARM, a.key(), what, detail);
            } else {
                auditor.record(actor, AuditActions.STATION_ALARM, AuditActions.ENTITY_ALARM, a.key(), "", what, detail);
            }
            return null;
        });
    }

    private List<StationAlarm> snapshotLocked() {
        List<StationAlarm> out = new ArrayList<>(alarms.values().stream().filter(a -> a.state() != AlarmState.NORMAL).toList());
        out.sort(Comparator.comparing((StationAlarm a) -> !a.needsAttention()).thenComparing(StationAlarm::raisedAt, Comparator.reverseOrder()));
        current = List.copyOf(out);
        return current;
    }

    private void tell(List<StationAlarm> now) {
        for (Consumer<List<StationAlarm>> l : listeners) {
            try {
                l.accept(now);
            } catch (RuntimeException e) {
                LOG.warn("an alarm listener failed: {}", e.getMessage(), e);
            }
        }
    }
}
