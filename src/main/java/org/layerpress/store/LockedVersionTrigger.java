package org.layerpress.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * Makes the database refuse any UPDATE or DELETE of a {@code recipe_version} row that is locked
 * (approved): an approved master recipe is never changed in place (ISA-88; 21 CFR 11.10(e)), a
 * change makes a new version. Since a locked row cannot be updated at all, {@code locked} can never
 * go back to FALSE either. An unlocked draft may be updated, including setting {@code locked = TRUE}.
 * Installed by V6 as {@code BEFORE UPDATE, DELETE ... FOR EACH ROW}; H2 instantiates it by name.
 */
public final class LockedVersionTrigger implements Trigger {

    private String table = "recipe_version";
    private int lockedIndex = -1;
    private int idIndex = -1;

    public LockedVersionTrigger() {
        // H2 creates triggers reflectively.
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        this.table = tableName.toLowerCase(Locale.ROOT);
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT column_name, ordinal_position FROM information_schema.columns WHERE table_schema = ? AND table_name = ?")) {
            ps.setString(1, schemaName);
            ps.setString(2, tableName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString(1);
                    if (column.equalsIgnoreCase("LOCKED")) {
                        lockedIndex = rs.getInt(2) - 1;
                    } else if (column.equalsIgnoreCase("ID")) {
                        idIndex = rs.getInt(2) - 1;
                    }
                }
            }
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow == null) {
            return;
        }
        if (lockedIndex < 0 || lockedIndex >= oldRow.length) {
            // Fail closed: without the column we cannot tell a draft from an approved version.
            throw new SQLException("change of " + table + " refused: the trigger cannot find the locked column", AppendOnlyTrigger.SQL_STATE);
        }
        if (Boolean.TRUE.equals(oldRow[lockedIndex])) {
            String operation = newRow == null ? "DELETE" : "UPDATE";
            Object id = idIndex >= 0 && idIndex < oldRow.length ? oldRow[idIndex] : "?";
            throw new SQLException(operation + " of recipe version " + id + " refused: the version is approved and locked; "
                    + "a change makes a new version", AppendOnlyTrigger.SQL_STATE);
        }
    }
}
