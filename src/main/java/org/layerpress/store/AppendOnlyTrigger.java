package org.layerpress.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Makes the database itself refuse UPDATE and DELETE on evidence tables (audit_event, signature),
 * so a bug or a hand-written SQL statement cannot rewrite the record: the application is not the
 * only barrier. Installed by the migrations as {@code BEFORE UPDATE/DELETE ... FOR EACH ROW}.
 * H2 instantiates it by name, hence public with a public no-arg constructor.
 */
public final class AppendOnlyTrigger implements Trigger {

    /** SQLSTATE class 45 is "unhandled user-defined exception"; callers match on the message. */
    static final String SQL_STATE = "45000";

    private String table = "?";
    private String operation = "change";

    public AppendOnlyTrigger() {
        // H2 creates triggers reflectively.
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName.toLowerCase(java.util.Locale.ROOT);
        this.operation = (type & DELETE) != 0 ? "DELETE" : (type & UPDATE) != 0 ? "UPDATE" : "change";
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(operation + " on " + table + " refused: the " + table
                + " table is append-only (regulated evidence); record a correction as a new row instead", SQL_STATE);
    }
}
