package org.layerpress.application.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.tx.Transactions;

/**
 * Who is logged in at the station, and when they stop being: a logout, or the idle timeout an
 * Admin sets (default 5 min) — except while a press step runs, which keeps its operator bound.
 */
public final class SessionManager {

    private final SettingsStore settings;
    private final Auditor auditor;
    private final Transactions tx;
    private final Clock clock;
    private volatile Session current;

    public SessionManager(SettingsStore settings, Auditor auditor, Transactions tx, Clock clock) {
        this.settings = settings;
        this.auditor = auditor;
        this.tx = tx;
        this.clock = clock;
    }

    public Optional<Session> current() {
        return Optional.ofNullable(current);
    }

    void begin(Session session) {
        current = session;
    }

    /** Any tap or key by the logged-in person. */
    public void touch() {
        Session s = current;
        if (s != null) {
            s.touch(Clocks.now(clock));
        }
    }

    /** The session's person has signed once: later signatures in it ask only the PIN. */
    public void signed(Session session) {
        session.markSigned();
        touch();
    }

    /** A press step started (true) or ended (false): a running step is never left without its operator. */
    public void bindToRunningStep(boolean bound) {
        Session s = current;
        if (s != null) {
            s.bindToRunningStep(bound);
        }
    }

    /** Ends the session if it has been idle past the timeout; true when it did. Call it periodically. */
    public boolean logoutIfIdle() {
        Session s = current;
        if (s == null || s.boundToRunningStep()) {
            return false;
        }
        Duration timeout = tx.inTransaction(settings::idleTimeout);
        Instant now = Clocks.now(clock);
        if (Duration.between(s.lastActivity(), now).compareTo(timeout) < 0) {
            return false;
        }
        end(s, "idle for " + timeout.toMinutes() + " min");
        return true;
    }

    public void logout() {
        Session s = current;
        if (s != null) {
            end(s, "logged out");
        }
    }

    private void end(Session s, String why) {
        current = null;
        tx.inTransaction(() -> {
            auditor.record(s.user(), AuditActions.LOGOUT, AuditActions.ENTITY_USER, s.user().login(), "", why, "");
            return null;
        });
    }
}
