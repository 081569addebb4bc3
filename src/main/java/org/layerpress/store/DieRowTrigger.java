package org.layerpress.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * Guards the {@code die} table (V16): DELETE is refused (a die is retired, so batch records keep
 * naming it); the id and the time it was added never change; the cycle count and highest force
 * never go down; a RETIRED die stays retired and keeps its bore, rating, material and rated cycles
 * (only the counts of a press step that was already running when it was retired may still land).
 * Column positions are those of V16's {@code CREATE TABLE die}. H2 instantiates it by name.
 */
public final class DieRowTrigger implements Trigger {

    private static final int ID = 0;
    private static final int CYCLES = 5;
    private static final int HIGHEST = 6;
    private static final int STATUS = 7;
    private static final int CREATED = 8;
    private static final int COLUMNS = 9;

    public DieRowTrigger() {
        // H2 creates triggers reflectively.
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        // Nothing to remember: the columns are fixed by V16.
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow == null) {
            return;
        }
        Object id = oldRow[ID];
        if (newRow == null) {
            throw refused("DELETE of die " + id + " refused: dies are retired, never deleted");
        }
        if (oldRow.length != COLUMNS || newRow.length != COLUMNS) {
            // Fail closed: without the known columns a rewrite cannot be told from a legitimate change.
            throw refused("change of die " + id + " refused: the table does not have the columns the guard knows");
        }
        if (!Objects.equals(oldRow[ID], newRow[ID]) || !Objects.equals(oldRow[CREATED], newRow[CREATED])) {
            throw refused("UPDATE of die " + id + " refused: its id and when it was added never change");
        }
        if (number(newRow[CYCLES]) < number(oldRow[CYCLES])) {
            throw refused("UPDATE of die " + id + " refused: its cycle count may only grow");
        }
        if (oldRow[HIGHEST] != null && (newRow[HIGHEST] == null || number(newRow[HIGHEST]) < number(oldRow[HIGHEST]))) {
            throw refused("UPDATE of die " + id + " refused: its highest force may only grow");
        }
        if ("RETIRED".equals(String.valueOf(oldRow[STATUS]))) {
            for (int i = 0; i < COLUMNS; i++) {
                if (i != CYCLES && i != HIGHEST && !Objects.equals(oldRow[i], newRow[i])) {
                    throw refused("UPDATE of die " + id + " refused: it is RETIRED and nothing about it changes any more");
                }
            }
        }
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static SQLException refused(String message) {
        return new SQLException(message, AppendOnlyTrigger.SQL_STATE);
    }
}
