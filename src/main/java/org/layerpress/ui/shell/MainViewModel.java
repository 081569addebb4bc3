package org.layerpress.ui.shell;

import java.util.EnumSet;
import java.util.Set;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.SessionManager;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * The frame after login: who is logged in, which sections they may open, log out and exit. Hiding a
 * section is only for the eye; every use case behind it checks the permission again.
 */
public final class MainViewModel {

    /** What the frame's body shows. */
    public enum Section { PRESS, RECIPES, RECORDS, AUDIT_TRAIL, USERS, DIES, CALIBRATION, ALARMS, TRAINING }

    private final Session session;
    private final SessionManager sessions;
    private final UseCaseRunner runner;
    private final Runnable onLoggedOut;
    private final Runnable onExit;
    private final ReadOnlyObjectWrapper<Section> section = new ReadOnlyObjectWrapper<>(this, "section", Section.PRESS);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper moreOpen = new ReadOnlyBooleanWrapper(this, "moreOpen");
    /** Training faults on a simulated press, for this person (decided by the training use case, see {@link #allowTraining}). */
    private boolean trainingAllowed;

    /**
     * The most section buttons the top bar holds beside the person, Log out and Exit with every key at least
     * 20 mm wide on a 1280 px panel (measured by the screen checks: five fit, six do not; a Supervisor's six fold Dies and Calibration under More).
     */
    static final int BAR_SECTIONS = 5;
    /** Sections that keep the station rather than run it: the first to move under "More" when the bar is full. */
    private static final Set<Section> STATION_KEEPING = EnumSet.of(Section.AUDIT_TRAIL, Section.USERS, Section.DIES, Section.CALIBRATION);

    public MainViewModel(Session session, SessionManager sessions, UseCaseRunner runner, Runnable onLoggedOut, Runnable onExit) {
        this.session = Objects.requireNonNull(session, "session");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.onLoggedOut = Objects.requireNonNull(onLoggedOut, "onLoggedOut");
        this.onExit = Objects.requireNonNull(onExit, "onExit");
        section.set(landing(session.user()));
    }

    /**
     * Where a person lands after login: the section of their first job, by what they may do, in this
     * order: an Operator runs batches (Run), QA reviews records (Records), a Supervisor writes and approves
     * recipes (Recipes), an Admin manages users (Users); anyone else reads Run, or Recipes if Run is not theirs. A person with several
     * roles lands on the first of these they hold and opens the others from the top bar.
     */
    public static Section landing(User user) {
        if (user.has(Permission.RUN_BATCH)) {
            return Section.PRESS;
        }
        if (user.has(Permission.REVIEW_BATCH)) {
            return Section.RECORDS;
        }
        if (user.has(Permission.AUTHOR_RECIPE)) {
            return Section.RECIPES;
        }
        if (user.has(Permission.MANAGE_USERS)) {
            return Section.USERS;
        }
        return user.has(Permission.USE_RUN_SECTION) ? Section.PRESS : Section.RECIPES;
    }

    public Session session() {
        return session;
    }

    public String getFullName() {
        return session.user().fullName();
    }

    /** The roles in words, e.g. "Supervisor, Admin". */
    public String getRoles() {
        if (session.user().roles().containsAll(EnumSet.allOf(Role.class))) {
            return Words.get("shell.allRoles"); // the four words do not fit beside a full top bar
        }
        return session.user().roles().stream().sorted().map(MainViewModel::word).collect(Collectors.joining(", "));
    }

    public static String word(Role role) {
        return Words.get("shell.role." + role.name());
    }

    public boolean isDemo() {
        return session.user().demo();
    }

    public boolean isAuditTrailAllowed() {
        return allowed(Section.AUDIT_TRAIL);
    }

    public boolean isRecordsAllowed() {
        return allowed(Section.RECORDS);
    }

    public boolean isUsersAllowed() {
        return allowed(Section.USERS);
    }

    public boolean isDiesAllowed() {
        return allowed(Section.DIES);
    }

    public boolean isCalibrationAllowed() {
        return allowed(Section.CALIBRATION);
    }

    /**
     * The station runs the simulated press and this person may train on it (a Supervisor or Admin, or anyone on a demo
     * station): the Training section then sits under "More".
     */
    public MainViewModel allowTraining() {
        trainingAllowed = true;
        return this;
    }

    public boolean allowed(Section s) {
        User u = session.user();
        return switch (s) {
            case TRAINING -> trainingAllowed;
            // Run (the guided batch beside the live press) is for whoever runs batches or answers for the press;
            // someone who only reviews records (QA) has nothing to do there and is not offered Start batch.
            case PRESS -> u.has(Permission.USE_RUN_SECTION);
            case RECIPES -> true; // everyone logged in may read recipes; the use cases gate changes
            // QA, who signs records off, and Supervisors, who read them without sign-off or export controls.
            case RECORDS -> u.has(Permission.READ_BATCH_RECORDS);
            case AUDIT_TRAIL -> u.has(Permission.VIEW_AUDIT_TRAIL);
            case USERS -> u.has(Permission.MANAGE_USERS);
            // Everyone may read the registry (the start page's tiles), but the screen is for who keeps it.
            case DIES -> u.has(Permission.MANAGE_DIES);
            // As Dies: everyone reads calibrations (a batch record shows each instrument's state), the screen is for who enters them.
            case CALIBRATION -> u.has(Permission.RECORD_CALIBRATION);
            case ALARMS -> u.has(Permission.READ_ALARM_HISTORY);
        };
    }

    /** Opens a section the user may open; others are ignored (their buttons are hidden anyway). */
    public void show(Section s) {
        moreOpen.set(false);
        if (allowed(s)) {
            section.set(s);
        }
    }

    /** True when this person's sections outnumber the bar: the station-keeping ones then sit under "More". */
    public boolean isFolding() {
        // With Training, "More" takes a place in the bar, so the station-keeping sections join it there.
        return trainingAllowed || EnumSet.complementOf(EnumSet.of(Section.TRAINING)).stream().filter(this::allowed).count() > BAR_SECTIONS;
    }

    /** True when this section's button is in the "More" menu, not in the bar (Training always is). */
    public boolean folded(Section s) {
        return s == Section.TRAINING || isFolding() && STATION_KEEPING.contains(s);
    }

    public void toggleMore() {
        moreOpen.set(isFolding() && !moreOpen.get());
    }

    public ReadOnlyBooleanProperty moreOpenProperty() {
        return moreOpen.getReadOnlyProperty();
    }

    public void logout() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        runner.runCatching(() -> {
            sessions.logout();
            return null;
        }, done -> {
            busy.set(false);
            onLoggedOut.run();
        }, e -> {
            busy.set(false);
            onLoggedOut.run();
        });
    }

    public void exit() {
        onExit.run();
    }

    public ReadOnlyObjectProperty<Section> sectionProperty() {
        return section.getReadOnlyProperty();
    }

    public Section getSection() {
        return section.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }
}
