package org.layerpress.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * Guards the {@code batch} table: the only change the database accepts is of {@code state}, and
 * only while the batch is not finished. Refused: DELETE of any batch; an UPDATE that changes any
 * other column (who ran it, on which die, which recipe, when it started); and any UPDATE of a batch
 * whose state is COMPLETE or ABORTED (a finished record is closed). Which unfinished state may
 * follow which is the sequencer's rule, not the database's. Installed by V7 as
 * {@code BEFORE UPDATE, DELETE ... FOR EACH ROW}; H2 instantiates it by name.
 */
public final class BatchRowTrigger implements Trigger {

    private static final List<String> FINISHED = List.of("COMPLETE", "ABORTED");

    private String table = "batch";
    private final List<String> columns = new ArrayList<>();
    private int stateIndex = -1;
    private int idIndex = -1;

    public BatchRowTrigger() {
        // H2 creates triggers reflectively.
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        this.table = tableName.toLowerCase(Locale.ROOT);
        try (PreparedStatement ps = conn.prepareStatement("SELECT column_name, ordinal_position FROM information_schema.columns "
                + "WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, schemaName);
            ps.setString(2, tableName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString(1).toLowerCase(Locale.ROOT);
                    int index = rs.getInt(2) - 1;
                    while (columns.size() <= index) {
                        columns.add("?");
                    }
                    columns.set(index, column);
                    if (column.equals("state")) {
                        stateIndex = index;
                    } else if (column.equals("batch_id")) {
                        idIndex = index;
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
        Object id = idIndex >= 0 && idIndex < oldRow.length ? oldRow[idIndex] : "?";
        if (newRow == null) {
            throw new SQLException("DELETE of batch " + id + " refused: batch records are kept; abort a batch instead",
                    AppendOnlyTrigger.SQL_STATE);
        }
        if (stateIndex < 0 || stateIndex >= oldRow.length || columns.size() != oldRow.length) {
            // Fail closed: without knowing the columns we cannot tell a state change from a rewrite.
            throw new SQLException("change of " + table + " refused: the trigger cannot find its columns", AppendOnlyTrigger.SQL_STATE);
        }
        Object oldState = oldRow[stateIndex];
        if (FINISHED.contains(String.valueOf(oldState))) {
            throw new SQLException("UPDATE of batch " + id + " refused: the batch is " + oldState
                    + " and its record is closed; nothing about it can change", AppendOnlyTrigger.SQL_STATE);
        }
        for (int i = 0; i < oldRow.length; i++) {
            if (i != stateIndex && !Objects.equals(oldRow[i], newRow[i])) {
                throw new SQLException("UPDATE of batch " + id + " refused: only its state may change, not " + columns.get(i),
                        AppendOnlyTrigger.SQL_STATE);
            }
        }
    }
}
