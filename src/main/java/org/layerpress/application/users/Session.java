package org.layerpress.application.users;

import java.time.Instant;
import org.layerpress.domain.user.User;

/**
 * A logged-in person at the station. Held by the {@link SessionManager}; use cases take it to know
 * who acts, and re-read the user from the store where a stale copy could matter.
 */
public final class Session {

    private final User user;
    private final Instant started;
    private volatile Instant lastActivity;
    private volatile boolean signedBefore;
    private volatile boolean mustChangePin;
    private volatile boolean boundToRunningStep;

    public Session(User user, Instant started) {
        this.user = user;
        this.started = started;
        this.lastActivity = started;
        this.mustChangePin = user.pinMustChange();
    }

    public User user() {
        return user;
    }

    public Instant started() {
        return started;
    }

    public Instant lastActivity() {
        return lastActivity;
    }

    void touch(Instant now) {
        lastActivity = now;
    }

    /** Whether this session has signed before: the first signing also re-asks who you are (11.200(a)(1)(i)). */
    public boolean hasSigned() {
        return signedBefore;
    }

    void markSigned() {
        signedBefore = true;
    }

    public boolean mustChangePin() {
        return mustChangePin;
    }

    void pinChanged() {
        mustChangePin = false;
    }

    public boolean boundToRunningStep() {
        return boundToRunningStep;
    }

    void bindToRunningStep(boolean bound) {
        boundToRunningStep = bound;
    }
}
