package org.layerpress.store;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.layerpress.application.users.NewUser;
import org.layerpress.application.users.PinHash;
import org.layerpress.domain.audit.AuditEntry;
import org.layerpress.domain.user.Role;
import org.layerpress.testing.TestStation;

/** Rows the store tests write straight through a test station's store adapters, below the use cases. */
final class StoreRows {

    private StoreRows() {
    }

    static PinHash pin() {
        return new PinHash("PBKDF2WithHmacSHA256", 210_000, "00112233445566778899aabbccddeeff", "ab".repeat(32));
    }

    static NewUser newUser(String login, String badge, Role... roles) {
        return new NewUser(login, "Name of " + login, Optional.ofNullable(badge), Set.of(roles), false, false);
    }

    static long addUser(TestStation station, String login, String badge, Role... roles) {
        return station.transactions().inTransaction(() -> station.stores().users().insert(newUser(login, badge, roles), pin()));
    }

    static AuditEntry entry(Instant at, String actor, String action, String entityType, String entityId, String newValue) {
        return new AuditEntry(at, 7, actor, action, entityType, entityId, "", newValue, "");
    }

    static void appendInOwnTransaction(TestStation station, AuditEntry e) {
        station.transactions().inTransaction(() -> station.stores().audit().append(e));
    }
}
