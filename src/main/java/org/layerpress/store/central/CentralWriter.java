package org.layerpress.store.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** Writes {@code rows} and commits; returns how many rows were new or changed centrally. */
    int write(Connection central, List<StationOutbox.OutboxRow> rows) throws SQLException {
        central.setAutoCommit(false);
        Map<String, PreparedStatement> statements = new HashMap<>();
        try {
            int landed = 0;
            for (StationOutbox.OutboxRow row : rows) {
                List<String> names = new ArrayList<>(row.columns().keySet());
                PreparedStatement ps = statements.get(row.table());
                if (ps == null) {
                    ps = central.prepareStatement(insert(row.table(), names));
                    statements.put(row.table(), ps);
                }
                ps.setString(1, stationId);
                ps.setLong(2, row.seq());
                int i = 3;
                for (String name : names) {
                    ps.setObject(i++, row.columns().get(name));
                }
                landed += ps.executeUpdate();
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
        } finally {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
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
