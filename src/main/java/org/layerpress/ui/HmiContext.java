package org.layerpress.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.layerpress.application.StationServices;
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
 * @param recordsScreen makes the QA records section for a session (shown only with REVIEW_BATCH)
 */
public record HmiContext(LivePressState live, String pressModel, Optional<Path> layoutsDir, boolean windowed, Runnable onClose,
                         StationServices services, Function<Session, Node> auditTrailScreen, Function<Session, Node> usersScreen,
                         Function<Session, Node> recipesScreen, Function<Session, Node> recordsScreen) {

    public HmiContext {
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(pressModel, "pressModel");
        Objects.requireNonNull(services, "services");
        layoutsDir = layoutsDir == null ? Optional.empty() : layoutsDir;
        onClose = onClose == null ? () -> { } : onClose;
        auditTrailScreen = auditTrailScreen == null ? placeholder("Audit trail") : auditTrailScreen;
        usersScreen = usersScreen == null ? placeholder("Users") : usersScreen;
        recipesScreen = recipesScreen == null ? placeholder("Recipes") : recipesScreen;
        recordsScreen = recordsScreen == null ? placeholder("Records") : recordsScreen;
    }

    /** With placeholder screens for the audit trail and users sections. */
    public HmiContext(LivePressState live, String pressModel, Optional<Path> layoutsDir, boolean windowed, Runnable onClose,
                      StationServices services) {
        this(live, pressModel, layoutsDir, windowed, onClose, services, null, null, null, null);
    }

    /** The same context with these section screens. */
    public HmiContext withScreens(Function<Session, Node> auditTrail, Function<Session, Node> users) {
        return new HmiContext(live, pressModel, layoutsDir, windowed, onClose, services, auditTrail, users, recipesScreen, recordsScreen);
    }

    /** The same context with this recipes screen. */
    public HmiContext withRecipes(Function<Session, Node> recipes) {
        return new HmiContext(live, pressModel, layoutsDir, windowed, onClose, services, auditTrailScreen, usersScreen, recipes, recordsScreen);
    }

    /** The same context with this QA records screen. */
    public HmiContext withRecords(Function<Session, Node> records) {
        return new HmiContext(live, pressModel, layoutsDir, windowed, onClose, services, auditTrailScreen, usersScreen, recipesScreen, records);
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
