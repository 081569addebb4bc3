package org.layerpress.domain.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened, before the trail gives it a sequence number and a hash: who, when,
 * what, to which record, the value before and after, and why (21 CFR 11.10(e); Annex 11 §9).
 *
 * @param actorId the user's id, or 0 for the station itself (e.g. a link loss)
 * @param actorLogin the user's login, kept beside the id so a reader needs no join
 */
public record AuditEntry(
        Instant at,
        long actorId,
        String actorLogin,
        String action,
        String entityType,
        String entityId,
        String oldValue,
        String newValue,
        String reason) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorLogin, "actorLogin");
        Objects.requireNonNull(action, "action");
        entityType = entityType == null ? "" : entityType;
        entityId = entityId == null ? "" : entityId;
        oldValue = oldValue == null ? "" : oldValue;
        newValue = newValue == null ? "" : newValue;
        reason = reason == null ? "" : reason;
    }
}
