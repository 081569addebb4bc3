package org.layerpress.application.audit;

import java.time.Instant;
import java.util.Optional;

/** Which audit rows a reviewer wants; empty parts match everything. Newest first, at most {@code limit}. */
public record AuditFilter(Optional<String> actorLogin, Optional<String> entityType, Optional<String> entityId,
                          Optional<Instant> from, Optional<Instant> to, int limit) {

    public AuditFilter {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be 1..10000, was " + limit);
        }
    }

    public static AuditFilter latest(int limit) {
        return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }
}
