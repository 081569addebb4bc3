package org.layerpress.ui.shell;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.layerpress.application.StationServices;
import org.layerpress.application.central.ForwardingStatus;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.users.Session;

/**
 * What the HMI needs from the command that starts it.
 *
 * @param live the press state fed by an opened {@code PressPort}
 * @param pressModel the press model's name, shown in the status bar
 * @param layoutsDir a site folder overriding {@code hmi-layouts/} files ({@code --layouts DIR})
 * @param windowed dev mode: a 1280×800 window instead of the full-screen kiosk
 * @param onClose run once when the HMI stops (closes the {@code PressPort})
 * @param services the station's use cases (login, sessions, users, audit, …) on the store
 * @param auditTrailScreen makes the audit trail section for a logged-in session (shown only with VIEW_AUDIT_TRAIL)
 * @param usersScreen makes the user administration section for a session (shown only with MANAGE_USERS)
 * @param recipesScreen makes the recipes section for a session (everyone may look; the use cases gate changes)
 * @param alarmBanner makes the alarm banner shown under the top bar of every section (none by default)
 * @param runScreen makes the Run section (the guided batch) for a session; without one the Run section shows
 *                  the press shell alone (live values, no batch)
 * @param recordsScreen makes the QA records section for a session (shown only with REVIEW_BATCH)
 * @param diesScreen makes the die registry section for a session (shown only with MANAGE_DIES)
 * @param calibrationScreen makes the calibration section for a session (shown only with RECORD_CALIBRATION)
 * @param alarmsScreen makes the Alarms section for a session (station alarms and their history; everyone)
 * @param trainingScreen for a session, the Training section's maker when this person may train on the simulated
 *                       press (under "More"), empty otherwise and on a real press
 * @param forwarding the backlog of records waiting to go to the central database ({@link ForwardingStatus#NONE} without one)
 */
public record HmiContext(LivePressState live, String pressModel, Optional<Path> layoutsDir, boolean windowed, Runnable onClose,
                         StationServices services, Function<Session, Node> auditTrailScreen, Function<Session, Node> usersScreen,
                         Function<Session, Node> recipesScreen, Function<Session, Node> alarmBanner,
                         Optional<Function<Session, Node>> runScreen, Function<Session, Node> recordsScreen,
                         Function<Session, Node> diesScreen, Function<Session, Node> calibrationScreen,
                         Function<Session, Node> alarmsScreen, Function<Session, Optional<Supplier<Node>>> trainingScreen,
                         ForwardingStatus forwarding) {

    public HmiContext {
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(pressModel, "pressModel");
        Objects.requireNonNull(services, "services");
        layoutsDir = layoutsDir == null ? Optional.empty() : layoutsDir;
        onClose = onClose == null ? () -> { } : onClose;
        auditTrailScreen = auditTrailScreen == null ? placeholder("Audit trail") : auditTrailScreen;
        usersScreen = usersScreen == null ? placeholder("Users") : usersScreen;
        recipesScreen = recipesScreen == null ? placeholder("Recipes") : recipesScreen;
        alarmBanner = alarmBanner == null ? session -> noBanner() : alarmBanner;
        runScreen = runScreen == null ? Optional.empty() : runScreen;
        recordsScreen = recordsScreen == null ? placeholder("Records") : recordsScreen;
        diesScreen = diesScreen == null ? placeholder("Dies") : diesScreen;
        calibrationScreen = calibrationScreen == null ? placeholder("Calibration") : calibrationScreen;
        alarmsScreen = alarmsScreen == null ? placeholder("Alarms") : alarmsScreen;
        trainingScreen = trainingScreen == null ? session -> Optional.empty() : trainingScreen;
        forwarding = forwarding == null ? ForwardingStatus.NONE : forwarding;
    }

    /** With placeholder screens for every section but the press shell. */
    public HmiContext(LivePressState live, String pressModel, Optional<Path> layoutsDir, boolean windowed, Runnable onClose,
                      StationServices services) {
        this(live, pressModel, layoutsDir, windowed, onClose, services, null, null, null, null, Optional.empty(), null, null, null, null, null, null);
    }

    /** The same context with these section screens. */
    public HmiContext withScreens(Function<Session, Node> auditTrail, Function<Session, Node> users) {
        return new HmiContext(live, pressModel, layoutsDir, windowed, onClose, services, auditTrail, users, recipesScreen, alarmBanner,
                runScreen, recordsScreen, diesScreen, calibrationScreen, alarmsScreen, trainingScreen, forwarding);
    }

    /** The same context with this recipes screen. */
    public HmiContext withRecipes(Function<Session, Node> recipes) {
        return new HmiContext(live, pressModel, layoutsDir, windowed, onClose, services, auditTrailScreen, usersScreen, recipes, alarmBanner,
                runScreen, recordsScreen, diesScreen, calibrationScreen, alarmsScreen, trainingScreen, forwarding);
    }

    /** The same context with this alarm banner (e.g. {@code AlarmBannerView.create(layouts, alarms, session)}). */
    public HmiContext withAlarmBanner(Function<Session, Node> banner) {
        return new HmiContext(live, pressModel, layoutsDir, windowed, onClose, services, auditTrailScreen, usersScreen, recipesScreen, banner,
                runScreen, recordsScreen, diesScreen, calibrationScreen, alarmsScreen, trainingScreen, forwarding);
    }

    /** The same context with this Run screen (the guided batch) in the Run section. */
    public HmiContext withRun(Function<Session, Node> run) {
        return new HmiContext(live, pressModel, layoutsDir, windowed, onClose, services, auditTrailScreen, usersScreen, recipesScreen, alarmBanner,
                Optional.of(run), recordsScreen, diesScreen, calibrationScreen, alarmsScreen, trainingScreen, forwarding);
    }

    /** The same context with this QA records screen. */
    public HmiContext withRecords(Function<Session, Node> records) {
        return new HmiContext(live, pressModel, layoutsDir, windowed, onClose, services, auditTrailScreen, usersScreen, recipesScreen, alarmBanner,
                runScreen, records, diesScreen, calibrationScreen, alarmsScreen, trainingScreen, forwarding);
    }

    /** The same context with this die registry screen. */
    public HmiContext withDies(Function<Session, Node> dies) {
        return new HmiContext(live, pressModel, layoutsDir, windowed, onClose, services, auditTrailScreen, usersScreen, recipesScreen, alarmBanner,
                runScreen, recordsScreen, dies, calibrationScreen, alarmsScreen, trainingScreen, forwarding);
    }

    /** The same context with this calibration screen. */
    public HmiContext withCalibration(Function<Session, Node> calibration) {
        return new HmiContext(live, pressModel, layoutsDir, windowed, onClose, services, auditTrailScreen, usersScreen, recipesScreen, alarmBanner,
                runScreen, recordsScreen, diesScreen, calibration, alarmsScreen, trainingScreen, forwarding);
    }

    /** The same context with this Alarms section. */
    public HmiContext withAlarms(Function<Session, Node> alarms) {
        return new HmiContext(live, pressModel, layoutsDir, windowed, onClose, services, auditTrailScreen, usersScreen, recipesScreen, alarmBanner,
                runScreen, recordsScreen, diesScreen, calibrationScreen, alarms, trainingScreen, forwarding);
    }

    /** The same context with this Training section (the simulated press's training faults). */
    public HmiContext withTraining(Function<Session, Optional<Supplier<Node>>> training) {
        return new HmiContext(live, pressModel, layoutsDir, windowed, onClose, services, auditTrailScreen, usersScreen, recipesScreen, alarmBanner,
                runScreen, recordsScreen, diesScreen, calibrationScreen, alarmsScreen, training, forwarding);
    }

    /** The same context with this forwarder's backlog shown under the top bar (docs/central.md). */
    public HmiContext withForwarding(ForwardingStatus status) {
        return new HmiContext(live, pressModel, layoutsDir, windowed, onClose, services, auditTrailScreen, usersScreen, recipesScreen, alarmBanner,
                runScreen, recordsScreen, diesScreen, calibrationScreen, alarmsScreen, trainingScreen, status);
    }

    /** Without a sequencer there are no batch alarms: an empty node that takes no room. */
    private static Node noBanner() {
        Region none = new Region();
        none.setVisible(false);
        none.setManaged(false);
        return none;
    }

    /** A section that is not built yet: its name and a line saying so. */
    public static Function<Session, Node> placeholder(String section) {
        return session -> {
            Label label = new Label(section + ": this screen is not part of this build yet.");
            label.setId("placeholder");
            label.getStyleClass().add("lp-placeholder");
            label.setWrapText(true);
            return label;
        };
    }
}
