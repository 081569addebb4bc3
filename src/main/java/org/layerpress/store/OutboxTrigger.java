package org.layerpress.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * Queues every new row of a forwarded table (and every state change of a batch) in
 * {@code forward_outbox}, in the transaction that wrote it (V20, ADR 0014): a rolled-back write leaves
 * no outbox row, a committed one always has one. The outbox row's {@code seq} is the station's own
 * sequence the central copy is ordered by; its key columns name the row by the table's primary key.
 */
public final class OutboxTrigger implements Trigger {

    private String table;
    private int[] keyPositions;

    public OutboxTrigger() {
        // H2 creates triggers reflectively.
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        this.table = tableName.toLowerCase(Locale.ROOT);
        this.keyPositions = keyPositions(conn, schemaName, tableName);
    }

    /** The 0-based positions in a row of the table's primary key columns, in key order. */
    private static int[] keyPositions(Connection conn, String schema, String table) throws SQLException {
        List<Integer> positions = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT c.ORDINAL_POSITION FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t "
                + "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME "
                + "JOIN INFORMATION_SCHEMA.COLUMNS c ON c.TABLE_SCHEMA = k.TABLE_SCHEMA AND c.TABLE_NAME = k.TABLE_NAME AND c.COLUMN_NAME = k.COLUMN_NAME "
                + "WHERE t.TABLE_SCHEMA = ? AND t.TABLE_NAME = ? AND t.CONSTRAINT_TYPE = 'PRIMARY KEY' ORDER BY k.ORDINAL_POSITION")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    positions.add(rs.getInt(1) - 1);
                }
            }
        }
        if (positions.isEmpty() || positions.size() > 3) {
            throw new SQLException("table " + table + " cannot be forwarded: it needs a primary key of one to three columns");
        }
        return positions.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO forward_outbox (table_name, k1, k2, k3) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, table);
            for (int i = 0; i < 3; i++) {
                ps.setString(2 + i, i < keyPositions.length ? String.valueOf(newRow[keyPositions[i]]) : null);
            }
            ps.executeUpdate();
        }
    }
}
