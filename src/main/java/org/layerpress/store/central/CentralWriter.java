package org.layerpress.store.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one round of a station's rows into the central database in one transaction. Every row is
 * {@code INSERT … ON CONFLICT DO NOTHING} on {@code (station_id, <the station's key>)}, so a row sent
 * again (after a crash, a rolled-back cursor or a gap) lands once. The batch row's state is the one
 * value that changes on a station: it is updated only by a row later in the station sequence.
 */
final class CentralWriter {

    private final String stationId;

    CentralWriter(String stationId) {
        this.stationId = stationId;
    }

    /**
     * Writes {@code rows} and commits; returns how many rows were new or changed centrally. The rows go table by
     * table, each table's as one JDBC batch (one round trip per table and round, not per row). Reordering across
     * tables within a round is harmless: the central tables have no foreign keys, and the round commits as one.
     * Within a table the station order is kept, so a batch row's later state follows its insert.
     */
    int write(Connection central, List<StationOutbox.OutboxRow> rows) throws SQLException {
        central.setAutoCommit(false);
        Map<String, List<StationOutbox.OutboxRow>> byTable = new LinkedHashMap<>();
        for (StationOutbox.OutboxRow row : rows) {
            byTable.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(row);
        }
        try {
            int landed = 0;
            for (Map.Entry<String, List<StationOutbox.OutboxRow>> table : byTable.entrySet()) {
                landed += writeTable(central, table.getKey(), table.getValue());
            }
            central.commit();
            return landed;
        } catch (SQLException | RuntimeException e) {
            try {
                central.rollback();
            } catch (SQLException ignored) {
                // the connection is gone; the central database rolls back what it did not commit
            }
            throw e;
        }
    }

    private int writeTable(Connection central, String table, List<StationOutbox.OutboxRow> rows) throws SQLException {
        List<String> names = new ArrayList<>(rows.get(0).columns().keySet());
        try (PreparedStatement ps = central.prepareStatement(insert(table, names))) {
            for (StationOutbox.OutboxRow row : rows) {
                ps.setString(1, stationId);
                ps.setLong(2, row.seq());
                int i = 3;
                for (String name : names) {
                    ps.setObject(i++, row.columns().get(name));
                }
                ps.addBatch();
            }
            int landed = 0;
            for (int count : ps.executeBatch()) {
                // A driver that rewrites a batch into one statement (reWriteBatchedInserts) answers SUCCESS_NO_INFO: not counted.
                landed += Math.max(0, count);
            }
            return landed;
        }
    }

    private static String insert(String table, List<String> columns) {
        List<String> key = ForwardedTables.keys(table).orElseThrow();
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (station_id, station_seq");
        columns.forEach(c -> sql.append(", ").append(c));
        sql.append(") VALUES (?, ?").append(", ?".repeat(columns.size())).append(") ON CONFLICT (station_id, ")
                .append(String.join(", ", key)).append(") ");
        if (table.equals(ForwardedTables.MUTABLE)) {
            sql.append("DO UPDATE SET state = EXCLUDED.state, station_seq = EXCLUDED.station_seq WHERE ")
                    .append(table).append(".station_seq < EXCLUDED.station_seq");
        } else {
            sql.append("DO NOTHING");
        }
        return sql.toString();
    }
}
