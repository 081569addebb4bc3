package org.layerpress.application.users;

import java.time.Clock;
import org.layerpress.application.audit.AuditTrail;
import org.layerpress.domain.audit.AuditEntry;
import org.layerpress.domain.user.User;

/** Writes audit entries for user-related actions; always inside the caller's transaction. */
public final class Auditor {

    /** The audit trail's actor column holds this many characters. */
    static final int ACTOR_MAX_CHARS = 64;

    private final AuditTrail trail;
    private final Clock clock;

    public Auditor(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    public void record(User actor, String action, String entityType, String entityId, String oldValue, String newValue, String reason) {
        trail.append(new AuditEntry(Clocks.now(clock), actor.id(), actor.login(), action, entityType, entityId, oldValue, newValue, reason));
    }

    /** A change the station itself made (actor id 0), with what it became and why. */
    public void recordByStation(String action, String entityType, String entityId, String newValue, String reason) {
        trail.append(new AuditEntry(Clocks.now(clock), 0, "station", action, entityType, entityId, "", newValue, reason));
    }

    /** A change the station itself made (actor id 0), with what it was, what it became and why. */
    public void recordByStation(String action, String entityType, String entityId, String oldValue, String newValue, String reason) {
        trail.append(new AuditEntry(Clocks.now(clock), 0, "station", action, entityType, entityId, oldValue, newValue, reason));
    }

    /** An action by nobody in particular (a login attempt for an unknown badge, the station itself). */
    public void recordAnonymous(String who, String action, String entityType, String entityId, String detail) {
        // "badge:" and a badge id at its limit (64) is longer than an actor's login may be (64): the
        // actor is shortened, the entity id keeps the identifier whole.
        String actor = who.length() <= ACTOR_MAX_CHARS ? who : who.substring(0, ACTOR_MAX_CHARS - 1) + "…";
        trail.append(new AuditEntry(Clocks.now(clock), 0, actor, action, entityType, entityId, "", detail, ""));
    }
}
