package org.layerpress.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Refuses DELETE on {@code users}: a person is deactivated, never removed, so every audit row and
 * signature keeps naming someone real. Updates are left to the seals ({@link EvidenceSeals}): the
 * wrong-PIN count changes at every wrong PIN, so a trigger cannot tell a legitimate update from a
 * forged one. H2 instantiates it by name, hence public with a public no-arg constructor.
 */
public final class UserRowTrigger implements Trigger {

    public UserRowTrigger() {
        // H2 creates triggers reflectively.
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        // Nothing to remember: the trigger is only ever installed BEFORE DELETE.
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("DELETE on users refused: users are deactivated, never deleted (user "
                + (oldRow == null ? "?" : oldRow[1]) + ")", AppendOnlyTrigger.SQL_STATE);
    }
}
