package org.layerpress.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.layerpress.application.users.NewUser;
import org.layerpress.application.users.PinHash;
import org.layerpress.domain.audit.AuditEntry;
import org.layerpress.domain.user.Role;

/** A real H2 file database in a test's temp folder with every store on one transaction manager. */
final class StoreRig implements AutoCloseable {

    final Database db;
    final JdbcTransactions tx;
    final JdbcUserStore users;
    final JdbcAuditTrail audit;
    final JdbcSignatureStore signatures;
    final JdbcSettingsStore settings;

    StoreRig(Path dir) {
        db = Database.open(dir);
        tx = new JdbcTransactions(db);
        users = new JdbcUserStore(tx);
        audit = new JdbcAuditTrail(tx);
        signatures = new JdbcSignatureStore(tx);
        settings = new JdbcSettingsStore(tx);
    }

    static PinHash pin() {
        return new PinHash("PBKDF2WithHmacSHA256", 210_000, "00112233445566778899aabbccddeeff", "ab".repeat(32));
    }

    static NewUser newUser(String login, String badge, Role... roles) {
        return new NewUser(login, "Name of " + login, Optional.ofNullable(badge), Set.of(roles), false, false);
    }

    long addUser(String login, String badge, Role... roles) {
        return tx.inTransaction(() -> users.insert(newUser(login, badge, roles), pin()));
    }

    static AuditEntry entry(Instant at, String actor, String action, String entityType, String entityId, String newValue) {
        return new AuditEntry(at, 7, actor, action, entityType, entityId, "", newValue, "");
    }

    void appendInOwnTransaction(AuditEntry e) {
        tx.inTransaction(() -> audit.append(e));
    }

    /** Raw SQL outside the application, as someone with the database file and a SQL tool could run it. */
    int sql(String statement) throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            return s.executeUpdate(statement);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
