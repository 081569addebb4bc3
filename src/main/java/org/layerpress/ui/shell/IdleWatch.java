package org.layerpress.ui.shell;

import java.util.Objects;
import org.layerpress.application.users.SessionManager;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * Ends an idle session: {@link #check()} runs periodically (the HMI uses a Timeline) and asks
 * {@link SessionManager#logoutIfIdle()}, which knows the Admin's timeout and that a running press step
 * keeps its operator; {@link #activity()} is called for every tap or key. When the session ends,
 * {@code onLoggedOut} runs (back to the login screen).
 */
public final class IdleWatch {

    private final SessionManager sessions;
    private final UseCaseRunner runner;
    private final Runnable onLoggedOut;
    private boolean checking;

    public IdleWatch(SessionManager sessions, UseCaseRunner runner, Runnable onLoggedOut) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.onLoggedOut = Objects.requireNonNull(onLoggedOut, "onLoggedOut");
    }

    /** A tap, touch or key by the person at the screen. */
    public void activity() {
        sessions.touch();
    }

    /** Logs out if idle for too long; one check at a time. */
    public void check() {
        if (checking || sessions.current().isEmpty()) {
            return;
        }
        checking = true;
        runner.runCatching(sessions::logoutIfIdle, loggedOut -> {
            checking = false;
            if (loggedOut) {
                onLoggedOut.run();
            }
        }, e -> checking = false);
    }
}
