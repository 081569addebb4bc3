package org.layerpress.ui.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.application.StationServices;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.audit.AuditFilter;
import org.layerpress.application.audit.ChainCheck;
import org.layerpress.application.users.Session;
import org.layerpress.domain.audit.AuditRecord;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * What the audit trail viewer shows (Admin, QA; Annex 11 §9): rows newest first, filtered by taps
 * (user, entity type, time range preset), {@link #PAGE} rows at a time with "More", and the state
 * of the hash chain. Queries run through a {@link UseCaseRunner}; a refusal is a sentence.
 */
public final class AuditTrailViewModel {

    public static final int PAGE = 200;
    public static final String ALL_USERS = "All users";
    public static final String ALL_ENTITIES = "All entities";
    /** Entity types the station writes today; more appear as rows show them. */
    private static final List<String> KNOWN_ENTITIES = List.of(AuditActions.ENTITY_USER, AuditActions.ENTITY_STATION, "permission");

    /** Time range presets; "Today" is the station's local day. */
    public enum TimeRange {
        LAST_HOUR, TODAY, LAST_7_DAYS, ALL;

        /** The range in the person's words ("Last hour" in English). */
        public String label() {
            return Words.get("audit.range." + name());
        }

        Optional<Instant> from(Instant now, ZoneId zone) {
            return switch (this) {
                case LAST_HOUR -> Optional.of(now.minus(Duration.ofHours(1)));
                case TODAY -> Optional.of(LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant());
                case LAST_7_DAYS -> Optional.of(now.minus(Duration.ofDays(7)));
                case ALL -> Optional.empty();
            };
        }
    }

    private final StationServices services;
    private final Session session;
    private final UseCaseRunner runner;
    private final Clock clock;
    private final ZoneId zone;

    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> userChoices = FXCollections.observableArrayList(ALL_USERS);
    private final ObservableList<String> entityChoices = FXCollections.observableArrayList(ALL_ENTITIES);
    private final Set<String> usersSeen = new TreeSet<>();
    private final Set<String> entitiesSeen = new TreeSet<>(KNOWN_ENTITIES);
    private final ReadOnlyStringWrapper user = new ReadOnlyStringWrapper(this, "user", ALL_USERS);
    private final ReadOnlyStringWrapper entity = new ReadOnlyStringWrapper(this, "entity", ALL_ENTITIES);
    private final ReadOnlyObjectWrapper<TimeRange> timeRange = new ReadOnlyObjectWrapper<>(this, "timeRange", TimeRange.TODAY);
    private final ReadOnlyStringWrapper userButtonText = new ReadOnlyStringWrapper(this, "userButtonText");
    private final ReadOnlyStringWrapper entityButtonText = new ReadOnlyStringWrapper(this, "entityButtonText");
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(this, "message", Message.NONE);
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(this, "refused");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper moreAvailable = new ReadOnlyBooleanWrapper(this, "moreAvailable");
    private final ReadOnlyObjectWrapper<Indication> chain = new ReadOnlyObjectWrapper<>(this, "chain", Indication.UNKNOWN);
    private final ReadOnlyStringWrapper chainDetail = new ReadOnlyStringWrapper(this, "chainDetail", "");
    private int pages = 1;
    private long generation;

    public AuditTrailViewModel(StationServices services, Session session, UseCaseRunner runner, Clock clock, ZoneId zone) {
        this.services = services;
        this.session = session;
        this.runner = runner;
        this.clock = clock;
        this.zone = zone;
        // Only the "all" choices are words of the screen; a login or entity type is shown as recorded.
        userButtonText.bind(user.map(u -> Words.format("audit.userButton", ALL_USERS.equals(u) ? TapPicker.shown(u) : u)));
        entityButtonText.bind(entity.map(e -> Words.format("audit.entityButton", ALL_ENTITIES.equals(e) ? TapPicker.shown(e) : e)));
        addEntities(List.of());
    }

    /** First load: the rows, the user names to filter by, and the chain check. */
    public void load() {
        User me = session == null ? null : session.user();
        if (me != null && me.has(Permission.MANAGE_USERS)) {
            runner.run(() -> services.userAdministration().list(session),
                    users -> addUsers(users.stream().map(User::login).toList()), ignored -> { });
        }
        query(true);
    }

    /** Re-reads with the same filters (and as many pages as shown) and re-checks the chain. */
    public void refresh() {
        query(true);
    }

    public void selectUser(String login) {
        user.set(login == null || login.isBlank() ? ALL_USERS : login);
        restart();
    }

    public void selectEntity(String type) {
        entity.set(type == null || type.isBlank() ? ALL_ENTITIES : type);
        restart();
    }

    public void selectTimeRange(TimeRange range) {
        timeRange.set(range == null ? TimeRange.ALL : range);
        restart();
    }

    /** The next {@link #PAGE} older rows. */
    public void more() {
        if (pages * PAGE < 10_000) {
            pages++;
            query(false);
        }
    }

    private void restart() {
        pages = 1;
        query(false);
    }

    /** The filter the current taps stand for. */
    public AuditFilter filter() {
        return new AuditFilter(
                ALL_USERS.equals(user.get()) ? Optional.empty() : Optional.of(user.get()),
                ALL_ENTITIES.equals(entity.get()) ? Optional.empty() : Optional.of(entity.get()),
                Optional.empty(),
                timeRange.get().from(clock.instant(), zone),
                Optional.empty(),
                Math.min(10_000, pages * PAGE));
    }

    /** Runs the query; the chain is checked after it only when the trail may be read at all. */
    private void query(boolean thenCheckChain) {
        AuditFilter f = filter();
        long mine = ++generation;
        busy.set(true);
        runner.run(() -> services.audit().find(session, f), found -> {
            if (mine == generation) {
                show(found, f);
            }
            if (thenCheckChain) {
                checkChain();
            }
        }, refusal -> {
            if (mine == generation) {
                busy.set(false);
                rows.clear();
                moreAvailable.set(false);
                refused.set(true);
                message.set(Message.warning(refusal));
            }
        });
    }

    private void show(List<AuditRecord> found, AuditFilter f) {
        List<AuditRow> shown = new ArrayList<>(found.size());
        for (AuditRecord r : found) {
            shown.add(AuditRow.of(r, zone));
        }
        rows.setAll(shown);
        addUsers(found.stream().map(r -> r.entry().actorLogin()).toList());
        addEntities(found.stream().map(r -> r.entry().entityType()).filter(t -> !t.isBlank()).toList());
        boolean full = found.size() >= f.limit();
        moreAvailable.set(full && f.limit() < 10_000);
        refused.set(false);
        busy.set(false);
        String range = timeRange.get() == TimeRange.ALL ? "" : ", " + Words.get("audit.rangeIn." + timeRange.get().name());
        if (found.isEmpty()) {
            message.set(Message.info(Words.get("audit.noRows")));
        } else if (full) {
            message.set(Message.info(Words.format("audit.newest", String.valueOf(found.size()), range)));
        } else {
            message.set(Message.info(Words.format(found.size() == 1 ? "audit.found1" : "audit.found", String.valueOf(found.size()), range)));
        }
    }

    private void checkChain() {
        chain.set(new Indication(Words.get("audit.chain.checking"), Glyph.PENDING, Severity.NORMAL));
        chainDetail.set("");
        runner.run(() -> services.audit().verifyChain(), this::showChain, problem -> {
            chain.set(Indication.warning(Words.get("audit.chain.notChecked")));
            chainDetail.set(problem);
        });
    }

    private void showChain(ChainCheck check) {
        if (check.intact()) {
            chain.set(Indication.normal(Words.get("audit.chain.intact"), Glyph.OK));
            chainDetail.set(Words.format(check.rowsChecked() == 1 ? "audit.chain.checked1" : "audit.chain.checked", String.valueOf(check.rowsChecked())));
        } else {
            long row = check.firstBrokenSequence().orElseThrow();
            chain.set(Indication.alarm(Words.format("audit.chain.broken", String.valueOf(row))));
            chainDetail.set(check.problem());
        }
    }

    private void addUsers(List<String> logins) {
        if (usersSeen.addAll(logins)) {
            List<String> all = new ArrayList<>();
            all.add(ALL_USERS);
            all.addAll(usersSeen);
            userChoices.setAll(all);
        }
    }

    private void addEntities(List<String> types) {
        entitiesSeen.addAll(types);
        List<String> all = new ArrayList<>();
        all.add(ALL_ENTITIES);
        all.addAll(entitiesSeen);
        if (!all.equals(entityChoices)) {
            entityChoices.setAll(all);
        }
    }

    // Read-only state for the view.

    public ObservableList<AuditRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** "All users", then every login seen in the trail (and, for an Admin, every user). */
    public List<String> userChoices() {
        return List.copyOf(userChoices);
    }

    /** "All entities", then the entity types the station writes and any other seen in the trail. */
    public List<String> entityChoices() {
        return List.copyOf(entityChoices);
    }

    public ReadOnlyStringProperty userProperty() {
        return user.getReadOnlyProperty();
    }

    public String getUser() {
        return user.get();
    }

    public ReadOnlyStringProperty entityProperty() {
        return entity.getReadOnlyProperty();
    }

    public String getEntity() {
        return entity.get();
    }

    public ReadOnlyObjectProperty<TimeRange> timeRangeProperty() {
        return timeRange.getReadOnlyProperty();
    }

    public TimeRange getTimeRange() {
        return timeRange.get();
    }

    public ReadOnlyStringProperty userButtonTextProperty() {
        return userButtonText.getReadOnlyProperty();
    }

    public String getUserButtonText() {
        return userButtonText.get();
    }

    public ReadOnlyStringProperty entityButtonTextProperty() {
        return entityButtonText.getReadOnlyProperty();
    }

    public String getEntityButtonText() {
        return entityButtonText.get();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Message getMessage() {
        return message.get();
    }

    /** True when the last query was refused (no permission) or failed: the message says why. */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    public boolean isRefused() {
        return refused.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyBooleanProperty moreAvailableProperty() {
        return moreAvailable.getReadOnlyProperty();
    }

    public boolean isMoreAvailable() {
        return moreAvailable.get();
    }

    public ReadOnlyObjectProperty<Indication> chainProperty() {
        return chain.getReadOnlyProperty();
    }

    public Indication getChain() {
        return chain.get();
    }

    public ReadOnlyStringProperty chainDetailProperty() {
        return chainDetail.getReadOnlyProperty();
    }

    public String getChainDetail() {
        return chainDetail.get();
    }
}
